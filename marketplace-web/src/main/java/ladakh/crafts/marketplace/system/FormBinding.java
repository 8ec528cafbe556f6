package ladakh.crafts.marketplace.system;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Forms are records bound through their constructor, by their own field names. Without
 * this the binder also walks every posted name as a property path into the finished
 * record, and a name such as {@code materials[$in]} or {@code class[class]} failed there
 * with a 500; now such names are ignored like any unknown field.
 */
@ControllerAdvice
class FormBinding {

	@InitBinder
	void constructorOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

}
