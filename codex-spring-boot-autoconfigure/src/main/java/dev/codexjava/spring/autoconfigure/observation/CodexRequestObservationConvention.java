package dev.codexjava.spring.autoconfigure.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * An {@link ObservationConvention} for {@link CodexObservationDocumentation#REQUEST request observations}. Define a
 * bean of this type to replace {@link DefaultCodexRequestObservationConvention}.
 */
public interface CodexRequestObservationConvention extends ObservationConvention<CodexRequestObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof CodexRequestObservationContext;
	}

}
