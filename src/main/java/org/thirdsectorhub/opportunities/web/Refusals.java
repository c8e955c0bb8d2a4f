package org.thirdsectorhub.opportunities.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.thirdsectorhub.opportunities.round.RefusedChange;

/** A change the rules refuse (after the deadline, once submitted) is a page that says why, with 409. */
@ControllerAdvice(basePackageClasses = Refusals.class)
class Refusals {

    @ExceptionHandler(RefusedChange.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView refused(RefusedChange refusal) {
        ModelAndView page = new ModelAndView("opportunities/refused");
        page.addObject("reason", refusal.messageKey());
        page.setStatus(HttpStatus.CONFLICT);
        return page;
    }
}
