// docs/getting-started.md: the application class (the doc quotes it verbatim, see GettingStartedSnippetsTests)
package dev.codexjava.spring.autoconfigure.docs.gettingstarted;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DemoApplication {

    public static void main(String[] args) {
        SpringApplication.run(DemoApplication.class, args);
    }

}
