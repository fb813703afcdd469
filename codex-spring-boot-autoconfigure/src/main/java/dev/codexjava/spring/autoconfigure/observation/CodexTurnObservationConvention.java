package dev.codexjava.spring.autoconfigure.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * An {@link ObservationConvention} for {@link CodexObservationDocumentation#TURN turn observations}. Define a bean
 * of this type to replace {@link DefaultCodexTurnObservationConvention} (for example to add key values).
 */
public interface CodexTurnObservationConvention extends ObservationConvention<CodexTurnObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof CodexTurnObservationContext;
	}

}
