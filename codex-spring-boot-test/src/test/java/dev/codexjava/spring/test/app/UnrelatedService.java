package dev.codexjava.spring.test.app;

import org.springframework.stereotype.Service;

/** A service that has nothing to do with Codex: a {@code @CodexTest} leaves it out. */
@Service
public class UnrelatedService {

}
