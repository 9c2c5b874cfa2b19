/* Filters the findings table by severity, check, path and suppression. Rows only get hidden: nothing here
   writes markup, and every value it reads from the page is compared as plain text. */
(function () {
  'use strict';
  var form = document.getElementById('finding-filters');
  var table = document.getElementById('findings-table');
  var status = document.getElementById('finding-count');
  if (!form || !table || !status) {
    return;
  }
  var rows = Array.prototype.slice.call(table.querySelectorAll('tr[data-severity]'));
  var groups = Array.prototype.slice.call(table.tBodies);

  function apply() {
    var severities = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name=severity]'), function (box) {
      severities[box.value] = box.checked;
    });
    var check = form.elements.check.value;
    var path = form.elements.path.value.trim().toLowerCase();
    var showSuppressed = form.elements.suppressed.checked;
    var shown = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      var visible = severities[d.severity] === true
        && (check === '' || d.check === check)
        && (path === '' || d.path.toLowerCase().indexOf(path) !== -1)
        && (showSuppressed || d.counted === 'true');
      row.hidden = !visible;
      if (visible) {
        shown += 1;
      }
    });
    groups.forEach(function (group) {
      group.hidden = group.querySelector('tr[data-severity]:not([hidden])') === null;
    });
    status.textContent = 'Showing ' + shown + ' of ' + rows.length + ' findings.';
  }

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  form.hidden = false;
  apply();
}());
