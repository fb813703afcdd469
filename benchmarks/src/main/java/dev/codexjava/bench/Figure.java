package dev.codexjava.bench;

/**
 * One line of the results table: the SDK's figure, the floor's, their ratio, the goal and whether it was met.
 *
 * @param id short key (also in results.json)
 * @param title what is measured
 * @param unit unit of the SDK/floor values
 * @param format printf format of the values
 * @param sdk the SDK's series
 * @param floor the floor's series ({@code null} when there is no floor, e.g. memory)
 * @param external an external client's series, when one was given
 * @param ratio the headline ratio (see {@code ratioLabel})
 * @param ratioLabel how the ratio is formed, e.g. {@code SDK/floor}
 * @param target the goal, as text
 * @param met whether the goal was met ({@code null}: no goal)
 * @param load the 1-minute load average at start → end of the measurement
 */
public record Figure(String id, String title, String unit, String format, Stats sdk, Stats floor, Stats external,
		double ratio, String ratioLabel, String target, Boolean met, String load) {

	Figure withExternal(Stats stats) {
		return new Figure(this.id, this.title, this.unit, this.format, this.sdk, this.floor, stats, this.ratio,
				this.ratioLabel, this.target, this.met, this.load);
	}

	String verdict() {
		return (this.met == null) ? "" : this.met ? "met" : "MISSED";
	}

}
