// Injected by tests/report/test_html.py into a copy of a rendered report, just before </body>.
// It drives the severity filter and writes what a reader would see into <pre id="harness">,
// which the test reads back from chromium --dump-dom.
(function () {
  function visibleLabels() {
    return Array.prototype.filter.call(document.querySelectorAll('article.card'), function (card) {
      return getComputedStyle(card).display !== 'none';
    }).map(function (card) { return card.getAttribute('data-label'); });
  }
  var result = { initial: visibleLabels(), initialCount: document.getElementById('shown').textContent };
  var errors = document.getElementById('show-error');
  // Unticked without an event: only the stylesheet (:has) can hide the cards, as with JS off.
  errors.checked = false;
  result.cssOnly = visibleLabels();
  errors.checked = true;
  // A real click: the script's change handler runs too.
  errors.click();
  result.afterClick = visibleLabels();
  result.afterClickCount = document.getElementById('shown').textContent;
  result.hiddenAttribute = Array.prototype.filter.call(document.querySelectorAll('article.card'), function (card) {
    return card.hidden;
  }).map(function (card) { return card.getAttribute('data-label'); });
  errors.click();
  result.restored = visibleLabels();
  var out = document.createElement('pre');
  out.id = 'harness';
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
})();
