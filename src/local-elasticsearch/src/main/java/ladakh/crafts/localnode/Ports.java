package ladakh.crafts.localnode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Port checks done before launching, so a taken port is reported plainly instead of as a
 * bind failure deep in the node's log.
 */
final class Ports {

	private Ports() {
	}

	static int requireFree(String host, int port) {
		if (port == 0) {
			return pickFree(host);
		}
		try (ServerSocket socket = bind(host, port)) {
			return port;
		}
		catch (IOException ex) {
			throw new LocalNodeException("port " + port + " on " + host + " is in use; stop the other process or set "
					+ LocalNodeSettings.PORT_VARIABLE + " to a free port (0 picks one)", ex);
		}
	}

	static int pickFree(String host) {
		try (ServerSocket socket = bind(host, 0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new LocalNodeException("Could not find a free port on " + host + ": " + ex.getMessage()
					+ "; check that the host address belongs to this machine", ex);
		}
	}

	private static ServerSocket bind(String host, int port) throws IOException {
		ServerSocket socket = new ServerSocket();
		try {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
			return socket;
		}
		catch (IOException ex) {
			socket.close();
			throw ex;
		}
	}

}
