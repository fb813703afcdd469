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
 * The protocol's {@code RealtimeVoice}. An open enumeration: a value this SDK version does not know is kept as is.
 */
@SuppressWarnings("unused")
public record RealtimeVoice(@JsonValue String value) {

	/** {@code alloy}. */
	public static final RealtimeVoice ALLOY = new RealtimeVoice("alloy");

	/** {@code arbor}. */
	public static final RealtimeVoice ARBOR = new RealtimeVoice("arbor");

	/** {@code ash}. */
	public static final RealtimeVoice ASH = new RealtimeVoice("ash");

	/** {@code aube}. */
	public static final RealtimeVoice AUBE = new RealtimeVoice("aube");

	/** {@code ballad}. */
	public static final RealtimeVoice BALLAD = new RealtimeVoice("ballad");

	/** {@code breeze}. */
	public static final RealtimeVoice BREEZE = new RealtimeVoice("breeze");

	/** {@code bubbie}. */
	public static final RealtimeVoice BUBBIE = new RealtimeVoice("bubbie");

	/** {@code cedar}. */
	public static final RealtimeVoice CEDAR = new RealtimeVoice("cedar");

	/** {@code coral}. */
	public static final RealtimeVoice CORAL = new RealtimeVoice("coral");

	/** {@code cove}. */
	public static final RealtimeVoice COVE = new RealtimeVoice("cove");

	/** {@code echo}. */
	public static final RealtimeVoice ECHO = new RealtimeVoice("echo");

	/** {@code ember}. */
	public static final RealtimeVoice EMBER = new RealtimeVoice("ember");

	/** {@code haetsal}. */
	public static final RealtimeVoice HAETSAL = new RealtimeVoice("haetsal");

	/** {@code hanul}. */
	public static final RealtimeVoice HANUL = new RealtimeVoice("hanul");

	/** {@code himari}. */
	public static final RealtimeVoice HIMARI = new RealtimeVoice("himari");

	/** {@code juniper}. */
	public static final RealtimeVoice JUNIPER = new RealtimeVoice("juniper");

	/** {@code leher}. */
	public static final RealtimeVoice LEHER = new RealtimeVoice("leher");

	/** {@code maple}. */
	public static final RealtimeVoice MAPLE = new RealtimeVoice("maple");

	/** {@code marin}. */
	public static final RealtimeVoice MARIN = new RealtimeVoice("marin");

	/** {@code miko}. */
	public static final RealtimeVoice MIKO = new RealtimeVoice("miko");

	/** {@code neer}. */
	public static final RealtimeVoice NEER = new RealtimeVoice("neer");

	/** {@code porto}. */
	public static final RealtimeVoice PORTO = new RealtimeVoice("porto");

	/** {@code rindo}. */
	public static final RealtimeVoice RINDO = new RealtimeVoice("rindo");

	/** {@code rio}. */
	public static final RealtimeVoice RIO = new RealtimeVoice("rio");

	/** {@code rivage}. */
	public static final RealtimeVoice RIVAGE = new RealtimeVoice("rivage");

	/** {@code sage}. */
	public static final RealtimeVoice SAGE = new RealtimeVoice("sage");

	/** {@code selva}. */
	public static final RealtimeVoice SELVA = new RealtimeVoice("selva");

	/** {@code shimmer}. */
	public static final RealtimeVoice SHIMMER = new RealtimeVoice("shimmer");

	/** {@code sol}. */
	public static final RealtimeVoice SOL = new RealtimeVoice("sol");

	/** {@code sonna}. */
	public static final RealtimeVoice SONNA = new RealtimeVoice("sonna");

	/** {@code spruce}. */
	public static final RealtimeVoice SPRUCE = new RealtimeVoice("spruce");

	/** {@code tinta}. */
	public static final RealtimeVoice TINTA = new RealtimeVoice("tinta");

	/** {@code vale}. */
	public static final RealtimeVoice VALE = new RealtimeVoice("vale");

	/** {@code verse}. */
	public static final RealtimeVoice VERSE = new RealtimeVoice("verse");

	/** {@code viola}. */
	public static final RealtimeVoice VIOLA = new RealtimeVoice("viola");

	/** The value for a wire string (known or not). */
	@JsonCreator
	public static RealtimeVoice of(String value) {
		return new RealtimeVoice(value);
	}

	/** Whether this SDK version knows the value. */
	public boolean known() {
		return List.of(ALLOY, ARBOR, ASH, AUBE, BALLAD, BREEZE, BUBBIE, CEDAR, CORAL, COVE, ECHO, EMBER, HAETSAL, HANUL, HIMARI, JUNIPER, LEHER, MAPLE, MARIN, MIKO, NEER, PORTO, RINDO, RIO, RIVAGE, SAGE, SELVA, SHIMMER, SOL, SONNA, SPRUCE, TINTA, VALE, VERSE, VIOLA).contains(this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
