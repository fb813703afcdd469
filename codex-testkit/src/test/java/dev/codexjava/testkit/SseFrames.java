package dev.codexjava.testkit;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Parses an SSE body strictly as the mock frames it: {@code event: <type>\ndata: <json>\n\n} per event. */
final class SseFrames {

	private SseFrames() {
	}

	record Frame(String event, JsonNode data) {

		String type() {
			return TestkitJson.string(this.data.get("type"));
		}

	}

	static List<Frame> parse(String body) {
		if (!body.isEmpty() && !body.endsWith("\n\n")) {
			throw new AssertionError("SSE body does not end with a blank line: " + body);
		}
		List<Frame> frames = new ArrayList<>();
		for (String block : body.split("\n\n")) {
			if (block.isEmpty() || block.startsWith(":")) {
				continue;
			}
			String[] lines = block.split("\n", -1);
			if (lines.length != 2 || !lines[0].startsWith("event: ") || !lines[1].startsWith("data: ")) {
				throw new AssertionError("Not an 'event:' + 'data:' frame: " + block);
			}
			frames.add(new Frame(lines[0].substring("event: ".length()),
					TestkitJson.read(lines[1].substring("data: ".length()))));
		}
		return frames;
	}

	static List<String> types(List<Frame> frames) {
		return frames.stream().map(Frame::event).toList();
	}

}
