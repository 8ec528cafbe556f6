package ladakh.crafts.marketplace.search.outage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP port that refuses connections (a server that is down) until {@link #forwardTo} is
 * called, and from then on passes every connection through to a real server (the server
 * is back). Lets a test take Elasticsearch away from the application and give it back
 * without touching the shared node.
 */
final class PortForwarder implements AutoCloseable {

	private final int port;

	private final List<Socket> sockets = new ArrayList<>();

	private ServerSocket server;

	private PortForwarder(int port) {
		this.port = port;
	}

	/** A free port with nothing listening on it. */
	static PortForwarder closed() throws IOException {
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return new PortForwarder(probe.getLocalPort());
		}
	}

	int port() {
		return this.port;
	}

	/** Starts listening and passes each connection to {@code host:targetPort}. */
	synchronized void forwardTo(String host, int targetPort) throws IOException {
		this.server = new ServerSocket(this.port, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> accept(host, targetPort), "forwarder-" + this.port);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	private void accept(String host, int targetPort) {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Socket upstream = new Socket(host, targetPort);
				synchronized (this) {
					this.sockets.add(client);
					this.sockets.add(upstream);
				}
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException ex) {
				// Closed, or one connection failed: the client sees a reset and retries.
			}
		}
	}

	private static void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// The other side closed.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "forwarder-pump");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public synchronized void close() {
		if (this.server != null) {
			closeQuietly(this.server);
		}
		this.sockets.forEach(PortForwarder::closeQuietly);
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Nothing to do.
		}
	}

}
