package dev.codexjava.protocol;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The members of a fast-path notification's params: whatever a consumer does with that {@code ObjectNode} (read,
 * change, remove, iterate, compare, copy, print) must behave as with Jackson's own {@code LinkedHashMap}.
 */
class SmallNodeMapTest {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@Test
	void randomChangesBehaveAsALinkedHashMap() {
		Random random = new Random(20261206);
		for (int round = 0; round < 200; round++) {
			SmallNodeMap small = new SmallNodeMap(random.nextInt(5));
			Map<String, JsonNode> expected = new LinkedHashMap<>();
			for (int op = 0; op < 60; op++) {
				String key = "k" + random.nextInt(10);
				JsonNode value = NODES.numberNode(random.nextInt(100));
				switch (random.nextInt(6)) {
					case 0, 1, 2 -> assertThat(small.put(key, value)).isEqualTo(expected.put(key, value));
					case 3 -> assertThat(small.remove(key)).isEqualTo(expected.remove(key));
					case 4 -> {
						// remove through the iterator, every other member
						Iterator<Map.Entry<String, JsonNode>> it = small.entrySet().iterator();
						Iterator<Map.Entry<String, JsonNode>> ex = expected.entrySet().iterator();
						boolean drop = random.nextBoolean();
						while (it.hasNext()) {
							assertThat(it.next()).isEqualTo(ex.next());
							if (drop) {
								it.remove();
								ex.remove();
							}
							drop = !drop;
						}
					}
					default -> {
						if (random.nextInt(10) == 0) {
							small.clear();
							expected.clear();
						}
					}
				}
				assertThat(small).isEqualTo(expected);
				assertThat(small.hashCode()).isEqualTo(expected.hashCode());
				assertThat(new ArrayList<>(small.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
				assertThat(small.get(key)).isEqualTo(expected.get(key));
				assertThat(small.containsKey(key)).isEqualTo(expected.containsKey(key));
			}
		}
	}

	@Test
	void anObjectNodeOverItBehavesAsJacksonsOwn() {
		ObjectNode small = new ObjectNode(NODES, new SmallNodeMap(4));
		ObjectNode jackson = NODES.objectNode();
		for (ObjectNode node : List.of(small, jackson)) {
			node.put("threadId", "t").put("turnId", "u").put("itemId", "m").put("delta", "x");
			node.put("extra", 5).putNull("none").put("delta", "y");
			node.remove("turnId");
			node.properties().iterator().next().setValue(NODES.stringNode("t2"));
		}
		assertThat(small).isEqualTo(jackson);
		assertThat(jackson).isEqualTo(small);
		assertThat(small.toString()).isEqualTo(jackson.toString());
		assertThat(small.get("threadId").asString()).isEqualTo("t2");
		assertThat(small.deepCopy()).isEqualTo(jackson);
		assertThat(Json.parse(Json.write(small))).isEqualTo(jackson);
		assertThat(small.propertyNames()).containsExactly("threadId", "itemId", "delta", "extra", "none");
	}

	@Test
	void anIteratorFailsFastAfterAStructuralChange() {
		SmallNodeMap map = new SmallNodeMap(2);
		map.put("a", NODES.nullNode());
		map.put("b", NODES.nullNode());
		Iterator<Map.Entry<String, JsonNode>> it = map.entrySet().iterator();
		it.next();
		map.put("c", NODES.nullNode());
		assertThatExceptionOfType(ConcurrentModificationException.class).isThrownBy(it::next);
	}

}
