package dev.meridian.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The web app routes in the browser: a deep link such as /projects/HADOOP/board gets the app's index page. */
@Controller
class SinglePageApp {

    @GetMapping({"/projects/**", "/issues/**", "/search/**", "/settings/**", "/account/**", "/filters/**", "/login", "/admin/**",
            "/assistant/**", "/inbox/**", "/my-work/**"})
    String index() {
        return "forward:/index.html";
    }
}
