// gongwen's HTML view: click a row of the responsibility matrix to highlight that unit's
// tasks (again to clear); hover a mark to see what was read. No network, no globals.
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll(".gongwen tr.gw-mrow"));
  var status = document.querySelector(".gongwen .gw-status");
  var info = document.querySelector(".gongwen .gw-info");
  var selected = null;

  function clear() {
    document.querySelectorAll(".gongwen .gw-hl").forEach(function (e) { e.classList.remove("gw-hl"); });
    document.querySelectorAll(".gongwen .gw-hl-unit").forEach(function (e) { e.classList.remove("gw-hl-unit"); });
    rows.forEach(function (r) { r.classList.remove("gw-sel"); });
    if (status) { status.textContent = ""; }
  }

  function select(row) {
    var again = selected === row;
    clear();
    selected = again ? null : row;
    if (again) { return; }
    row.classList.add("gw-sel");
    var first = null;
    row.getAttribute("data-tasks").split(" ").forEach(function (i) {
      var task = i === "" ? null : document.getElementById("gw-t-" + i);
      if (task) {
        task.classList.add("gw-hl");
        first = first || task;
      }
    });
    var name = row.getAttribute("data-unit");
    document.querySelectorAll(".gongwen .gw-doc .gw-unit").forEach(function (u) {
      if (u.getAttribute("data-unit") === name) { u.classList.add("gw-hl-unit"); }
    });
    var count = document.querySelectorAll(".gongwen .gw-task.gw-hl").length;
    if (status) { status.textContent = name + ": " + count + " tasks highlighted"; }
    if (first && first.scrollIntoView) { first.scrollIntoView({ block: "center" }); }
  }

  rows.forEach(function (row) {
    row.addEventListener("click", function () { select(row); });
    row.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(row); }
    });
  });

  if (info) {
    document.addEventListener("mouseover", function (e) {
      var mark = e.target.closest ? e.target.closest("[data-gw]") : null;
      if (mark && mark.title) {
        info.textContent = mark.title;
        info.hidden = false;
      } else {
        info.hidden = true;
      }
    });
  }
})();
