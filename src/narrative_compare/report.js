/* narrative-compare report: search, drill-down, table filters and sorting, and the
   interactive figures. Plain JavaScript, no framework, nothing fetched. Every piece
   of data is read from the JSON block #nc-data and inserted with textContent. */
(function () {
  "use strict";
  var block = document.getElementById("nc-data");
  if (!block) { return; }
  var data = JSON.parse(block.textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var MAX_HITS = 200;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }
  function color(camp) { return (data.colors && data.colors[camp]) || "#999999"; }
  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  /* ---- statements: [id, article, camp, actorId, actorName, mode, outlet, text] ---- */
  var S = data.statements.map(function (r) {
    return { id: r[0], article: r[1], camp: r[2], actor: r[3], name: r[4], mode: r[5],
             outlet: r[6], text: r[7] };
  });

  /* ---- search and drill-down ---- */
  var box = document.getElementById("nc-search");
  var results = document.getElementById("nc-results");
  var status = document.getElementById("nc-search-status");

  function pattern(query) {
    var words = query.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
    if (!words.length) { return null; }
    // Words of a term may have up to three words between them, as the term counts allow.
    var source = words.join("(?:[^\\w]+[\\w'\u2019-]+){0,3}?[^\\w]+");
    return new RegExp("(^|[^\\w])(" + source + ")(?![\\w])", "i");
  }

  function highlighted(text, re) {
    var frag = document.createDocumentFragment();
    var rest = text;
    var guard = 0;
    while (rest.length && guard < 50) {
      guard += 1;
      var m = re.exec(rest);
      if (!m) { break; }
      var start = m.index + m[1].length;
      var end = start + m[2].length;
      frag.appendChild(document.createTextNode(rest.slice(0, start)));
      frag.appendChild(el("mark", rest.slice(start, end)));
      rest = rest.slice(end);
    }
    frag.appendChild(document.createTextNode(rest));
    return frag;
  }

  function statementLink(s) {
    if (!data.article_text) { return null; }
    var a = el("a", "in the article", "goto");
    a.href = "#s-" + s.id;
    return a;
  }

  function search(query) {
    while (results.firstChild) { results.removeChild(results.firstChild); }
    var re = pattern(query || "");
    if (!re) { status.textContent = "Type a word or phrase to see the sentences that use it."; return; }
    var groups = {};
    var order = [];
    var hits = 0;
    S.forEach(function (s) {
      if (!re.test(s.text)) { return; }
      hits += 1;
      var key = s.camp + (data.folder && s.outlet ? "\u0000" + s.outlet : "");
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push(s);
    });
    order.sort();
    var where = data.folder ? " among the " + S.length + " statements embedded in this page" : "";
    status.textContent = hits + " sentence" + (hits === 1 ? "" : "s") + " match \u201c" +
      query.trim() + "\u201d" + where + (hits ? ", by camp" + (data.folder ? " and outlet" : "") : "") + ".";
    var shown = 0;
    order.forEach(function (key) {
      var parts = key.split("\u0000");
      var group = el("div", null, "group");
      var head = el("h3", parts[0] + (parts[1] ? " \u2014 " + parts[1] : "") + " (" + groups[key].length + ")");
      head.style.borderLeft = "0.6em solid " + color(parts[0]);
      head.style.paddingLeft = "0.4em";
      group.appendChild(head);
      var list = el("ul");
      groups[key].forEach(function (s) {
        if (shown >= MAX_HITS) { return; }
        shown += 1;
        var item = el("li");
        item.appendChild(el("span", s.name + ": ", "who"));
        item.appendChild(highlighted(s.text, re));
        var meta = el("span", " (" + (s.article ? s.article + " " : "") + "#" + s.id + ", " + s.mode + ") ", "meta");
        item.appendChild(meta);
        var link = statementLink(s);
        if (link) { item.appendChild(link); }
        list.appendChild(item);
      });
      group.appendChild(list);
      results.appendChild(group);
    });
    if (hits > shown) {
      results.appendChild(el("p", "Showing the first " + shown + " of " + hits + " sentences; " +
        "statements.csv holds them all."));
    }
  }

  function searchFor(term) {
    box.value = term;
    search(term);
    document.getElementById("search").scrollIntoView();
    box.focus();
  }

  if (box) {
    box.addEventListener("input", function () { search(box.value); });
    document.getElementById("nc-search-form").addEventListener("submit", function (e) {
      e.preventDefault(); search(box.value);
    });
    search("");
  }
  Array.prototype.forEach.call(document.querySelectorAll("button.term"), function (b) {
    b.addEventListener("click", function () { searchFor(b.textContent); });
  });

  /* ---- statement table: filters and sorting ---- */
  var table = document.getElementById("nc-statements");
  var filters = Array.prototype.slice.call(document.querySelectorAll("select.nc-filter"));
  var textFilter = document.getElementById("nc-filter-text");
  var count = document.getElementById("nc-table-status");

  function applyFilters() {
    if (!table) { return; }
    var rows = table.tBodies[0].rows;
    var visible = 0;
    var needle = textFilter ? textFilter.value.trim().toLowerCase() : "";
    for (var i = 0; i < rows.length; i += 1) {
      var row = rows[i];
      var ok = filters.every(function (f) {
        return !f.value || row.getAttribute("data-" + f.getAttribute("data-key")) === f.value;
      });
      if (ok && needle) { ok = row.textContent.toLowerCase().indexOf(needle) >= 0; }
      row.hidden = !ok;
      if (ok) { visible += 1; }
    }
    count.textContent = visible + " of " + rows.length + " rows shown" +
      (data.statements_total > rows.length ? " (the page holds " + rows.length + " of " +
        data.statements_total.toLocaleString("en") + " statements; statements.csv has them all)" : "") + ".";
  }
  filters.forEach(function (f) { f.addEventListener("change", applyFilters); });
  if (textFilter) { textFilter.addEventListener("input", applyFilters); }
  applyFilters();

  function sortKey(cell) {
    var text = cell ? cell.textContent.trim() : "";
    var number = Number(text);
    return text !== "" && !isNaN(number) ? { n: number, t: text } : { n: null, t: text.toLowerCase() };
  }
  function compareKeys(a, b) {
    if (a.n !== null && b.n !== null) { return a.n - b.n; }
    if (a.n !== null) { return -1; }
    if (b.n !== null) { return 1; }
    return a.t < b.t ? -1 : a.t > b.t ? 1 : 0;
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (t) {
    var heads = t.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      var button = th.querySelector("button.sort");
      if (!button) { return; }
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = t.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var keyed = rows.map(function (r, i) { return { r: r, k: sortKey(r.cells[column]), i: i }; });
        keyed.sort(function (a, b) {
          var c = compareKeys(a.k, b.k);
          return (ascending ? c : -c) || a.i - b.i;
        });
        keyed.forEach(function (x) { body.appendChild(x.r); });
      });
    });
  });

  /* ---- figures drawn from the data ---- */
  var detail = document.getElementById("nc-point");
  function showStatement(s) {
    if (!detail) { return; }
    while (detail.firstChild) { detail.removeChild(detail.firstChild); }
    detail.appendChild(el("strong", s.name + " (" + s.camp + ", " + s.mode + "): "));
    detail.appendChild(document.createTextNode(s.text));
    var link = statementLink(s);
    if (link) { detail.appendChild(document.createTextNode(" ")); detail.appendChild(link); }
  }

  function timeline() {
    var host = document.getElementById("nc-timeline");
    if (!host || data.folder || !S.length) { return; }
    var camps = [];
    S.forEach(function (s) { if (camps.indexOf(s.camp) < 0) { camps.push(s.camp); } });
    var left = 150, row = 26, width = 860, height = camps.length * row + 40;
    var chart = svg("svg", { viewBox: "0 0 " + width + " " + height, width: "100%",
      role: "img", "aria-label": "Who speaks along the article: one dot per statement" });
    var step = (width - left - 20) / Math.max(1, S.length - 1);
    camps.forEach(function (camp, i) {
      var label = svg("text", { x: left - 8, y: 20 + i * row + 5, "text-anchor": "end", "font-size": 12 });
      label.textContent = camp;
      chart.appendChild(label);
      chart.appendChild(svg("line", { x1: left, x2: width - 20, y1: 20 + i * row, y2: 20 + i * row,
        stroke: "#e5e5e5" }));
    });
    S.forEach(function (s, i) {
      var dot = svg("circle", { cx: left + i * step, cy: 20 + camps.indexOf(s.camp) * row, r: 7,
        fill: color(s.camp), stroke: s.mode === "direct" ? "#000" : "none", tabindex: 0,
        "class": "point", "data-id": s.id });
      var tip = svg("title", {});
      tip.textContent = "#" + s.id + " " + s.name + " (" + s.mode + "): " + s.text;
      dot.appendChild(tip);
      dot.addEventListener("click", function () { showStatement(s); });
      dot.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); showStatement(s); }
      });
      chart.appendChild(dot);
    });
    var axis = svg("text", { x: left, y: height - 6, "font-size": 11, fill: "#555" });
    axis.textContent = "statements in article order \u2192 (a black ring: direct quotation; click a dot to read its sentence)";
    chart.appendChild(axis);
    host.appendChild(chart);
  }

  function termChart(host, rows, pair) {
    if (!host || !rows.length) { return; }
    var bars = rows.filter(function (r) { return pair.indexOf(r.camp) >= 0; }).slice(0, 40);
    var byCamp = pair.map(function (camp) {
      return bars.filter(function (r) { return r.camp === camp; }).slice(0, 10);
    });
    var n = Math.max(byCamp[0].length, byCamp[1].length);
    if (!n) { return; }
    var row = 22, width = 860, mid = width / 2, height = n * row + 40;
    var max = 0;
    bars.forEach(function (r) { max = Math.max(max, Math.abs(r.score)); });
    var scale = (mid - 170) / (max || 1);
    var chart = svg("svg", { viewBox: "0 0 " + width + " " + height, width: "100%", role: "img",
      "aria-label": "Distinctive terms of " + pair[0] + " (left) and " + pair[1] + " (right); click a bar to search" });
    byCamp.forEach(function (list, side) {
      var head = svg("text", { x: side ? mid + 10 : mid - 10, y: 14, "text-anchor": side ? "start" : "end",
        "font-weight": "bold", "font-size": 13 });
      head.textContent = pair[side];
      chart.appendChild(head);
      list.forEach(function (r, i) {
        var w = Math.max(2, Math.abs(r.score) * scale);
        var y = 24 + i * row;
        var g = svg("g", { "class": "point", tabindex: 0 });
        g.appendChild(svg("rect", { x: side ? mid : mid - w, y: y, width: w, height: row - 6,
          fill: color(r.camp), opacity: r.significant === false ? 0.45 : 0.9 }));
        var label = svg("text", { x: side ? mid + w + 4 : mid - w - 4, y: y + row - 10, "font-size": 12,
          "text-anchor": side ? "start" : "end" });
        label.textContent = r.term;
        g.appendChild(label);
        var tip = svg("title", {});
        tip.textContent = r.term + ": score " + r.score.toFixed(2) + ", " + r.count + " uses" +
          (r.example ? " \u2014 " + r.example : "");
        g.appendChild(tip);
        g.addEventListener("click", function () { searchFor(r.term); });
        g.addEventListener("keydown", function (e) {
          if (e.key === "Enter" || e.key === " ") { e.preventDefault(); searchFor(r.term); }
        });
        chart.appendChild(g);
      });
    });
    chart.appendChild(svg("line", { x1: mid, x2: mid, y1: 20, y2: height - 10, stroke: "#888" }));
    host.appendChild(chart);
  }

  timeline();
  if (data.pair) {
    Object.keys(data.terms || {}).forEach(function (method) {
      termChart(document.getElementById("nc-terms-" + method), data.terms[method], data.pair);
    });
  }
  // Printing gives the static figures: open the folded PNGs for the print.
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details.static"), function (d) {
      d.setAttribute("open", "");
    });
  });
  document.documentElement.setAttribute("data-ready", "1");
})();
