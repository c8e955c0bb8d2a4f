// Runs before the page paints, so GOV.UK components styled for JavaScript don't flash unstyled.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
