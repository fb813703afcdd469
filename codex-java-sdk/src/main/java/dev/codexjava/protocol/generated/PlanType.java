package dev.codexjava.protocol.generated;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jspecify.annotations.Nullable;

/**
 * The protocol's {@code PlanType}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record PlanType(@JsonValue String value) {

	/** {@code free}. */
	public static final PlanType FREE = new PlanType("free");

	/** {@code go}. */
	public static final PlanType GO = new PlanType("go");

	/** {@code plus}. */
	public static final PlanType PLUS = new PlanType("plus");

	/** {@code pro}. */
	public static final PlanType PRO = new PlanType("pro");

	/** {@code prolite}. */
	public static final PlanType PROLITE = new PlanType("prolite");

	/** {@code promax}. */
	public static final PlanType PROMAX = new PlanType("promax");

	/** {@code team}. */
	public static final PlanType TEAM = new PlanType("team");

	/** {@code self_serve_business_prolite}. */
	public static final PlanType SELF_SERVE_BUSINESS_PROLITE = new PlanType("self_serve_business_prolite");

	/** {@code self_serve_business_usage_based}. */
	public static final PlanType SELF_SERVE_BUSINESS_USAGE_BASED = new PlanType("self_serve_business_usage_based");

	/** {@code business}. */
	public static final PlanType BUSINESS = new PlanType("business");

	/** {@code ent26}. */
	public static final PlanType ENT26 = new PlanType("ent26");

	/** {@code enterprise_cbp_automation}. */
	public static final PlanType ENTERPRISE_CBP_AUTOMATION = new PlanType("enterprise_cbp_automation");

	/** {@code enterprise_cbp_usage_based}. */
	public static final PlanType ENTERPRISE_CBP_USAGE_BASED = new PlanType("enterprise_cbp_usage_based");

	/** {@code enterprise}. */
	public static final PlanType ENTERPRISE = new PlanType("enterprise");

	/** {@code edu}. */
	public static final PlanType EDU = new PlanType("edu");

	/** {@code edu_plus}. */
	public static final PlanType EDU_PLUS = new PlanType("edu_plus");

	/** {@code edu_pro}. */
	public static final PlanType EDU_PRO = new PlanType("edu_pro");

	/** {@code sci}. */
	public static final PlanType SCI = new PlanType("sci");

	/** {@code sci_plus}. */
	public static final PlanType SCI_PLUS = new PlanType("sci_plus");

	/** {@code unknown}. */
	public static final PlanType UNKNOWN = new PlanType("unknown");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static PlanType of(String value) {
		return new PlanType(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(FREE, GO, PLUS, PRO, PROLITE, PROMAX, TEAM, SELF_SERVE_BUSINESS_PROLITE, SELF_SERVE_BUSINESS_USAGE_BASED, BUSINESS, ENT26, ENTERPRISE_CBP_AUTOMATION, ENTERPRISE_CBP_USAGE_BASED, ENTERPRISE, EDU, EDU_PLUS, EDU_PRO, SCI, SCI_PLUS, UNKNOWN).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
