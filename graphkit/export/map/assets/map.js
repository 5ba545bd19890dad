(function () {
  "use strict";
  // graphkit's map: draw the network, keep it still, show evidence, filter and search.
  // Every piece of article text reaches the page through textContent, never as HTML.
  var data = JSON.parse(document.getElementById("graphkit-data").textContent);
  // Two views of the same relations: actor to actor, and (if it folds anything) country to country.
  var views = {actors: {nodes: data.nodes, edges: data.edges, counts: data.counts}};
  if (data.countries) { views.countries = data.countries; }
  var view = "actors";
  // vis-network draws dots and lines only; the names are GraphkitLabels' (labels.js).
  function unlabelled(item) {
    var copy = Object.assign({}, item);
    delete copy.label;
    return copy;
  }
  var edgeById = {};
  Object.keys(views).forEach(function (name) { views[name].edges.forEach(function (e) { edgeById[e.id] = e; }); });
  // A folded edge carries the ids of the edges it merges, not what it shares with them: gather its
  // evidence from them all, and its kind, label and look from the first.
  (views.countries ? views.countries.edges : []).forEach(function (e) {
    var first = edgeById[e.members[0]] || {};
    data.shared.forEach(function (key) { if (!(key in e) && key in first) { e[key] = first[key]; } });
    e.evidence = [].concat.apply([], e.members.map(function (id) { return edgeById[id] ? edgeById[id].evidence : []; }));
  });
  function prepare(v) {  // a view's vis-network data, made when it is first shown
    if (!v.nodeSet) {
      v.nodeSet = new vis.DataSet(v.nodes.map(unlabelled));
      v.edgeSet = new vis.DataSet(v.edges.map(unlabelled));
      v.nodeById = {};
      v.nodes.forEach(function (n) { v.nodeById[n.id] = n; });
    }
    return v;
  }
  prepare(views.actors);
  var nodes = views.actors.nodeSet, edges = views.actors.edgeSet, nodeById = views.actors.nodeById;
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  window.network = network;
  var labels = new GraphkitLabels(network, container);
  labels.setItems(data.nodes, data.edges);
  window.graphkitLabels = function () { return labels.report(); };

  // Still: settle (small maps only, from the positions computed in Python), then physics off.
  var settled = false, moved = false;
  // A large map seen whole would shrink its dots to specks: at the scale that shows all of it, dots keep at
  // least DOT_PX (hubs HUB_DOT_PX) screen pixels of radius, and grow less than the zoom as one zooms in.
  var DOT_PX = 4, HUB_DOT_PX = 13, dots = data.options.nodes.scaling, current = dots;
  function sizeDots(scale) {
    var min = Math.max(dots.min, DOT_PX / scale), max = Math.max(dots.max, HUB_DOT_PX / scale);
    if (Math.abs(min - current.min) < 0.01 && Math.abs(max - current.max) < 0.01) { return; }
    current = {min: min, max: max};
    network.setOptions({nodes: {scaling: current}});
    network.body.emitter.emit("_dataUpdated");  // vis-network sizes its nodes again from their values
  }
  function fit() {
    labels.fit(1.4);
    sizeDots(network.getScale());
    labels.fit(1.4);
  }
  function settle() {
    if (settled) { return; }
    settled = true;
    if (data.options.physics.enabled) { network.setOptions({physics: false}); }
    fit();
    document.body.setAttribute("data-still-ms", String(Math.round(performance.now())));
    document.body.setAttribute("data-state", "still");
  }
  if (data.options.physics.enabled && data.nodes.length) {
    network.once("stabilizationIterationsDone", settle);
  } else {
    settle();
  }
  // A map the reader has not moved keeps fitting its frame (a notebook cell, a resized window).
  network.on("zoom", function () { moved = true; });
  network.on("dragEnd", function () { moved = true; });
  network.on("resize", function () { if (settled && !moved) { fit(); } });
  document.getElementById("fit").addEventListener("click", function () { moved = false; fit(); });

  // Countries carry their ISO 3166 code inside the dot, when the dot is big enough to read it.
  network.on("afterDrawing", function (ctx) {
    var coded = views[view].nodes;
    var scale = network.getScale();
    ctx.save();
    ctx.fillStyle = "#ffffff";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    coded.forEach(function (n) {
      var node = network.body.nodes[n.id];
      if (!n.iso3 || !node || node.options.hidden || node.options.size * scale < 10) { return; }
      ctx.font = "600 " + (node.options.size * 0.62).toFixed(1) + "px system-ui, sans-serif";
      ctx.fillText(String(n.iso3), node.x, node.y + 0.5);
    });
    ctx.restore();
    labels.draw(ctx);
  });
  // Hovered and selected items always show their names and labels.
  var hovered = {node: null, edge: null, name: null};
  function emphasise() {
    var ids = network.getSelectedNodes(), lines = network.getSelectedEdges(), near = [], nearLines = [];
    if (hovered.name || hovered.node) { ids = ids.concat([hovered.name || hovered.node]); }
    if (hovered.edge && !hovered.name) { lines = lines.concat([hovered.edge]); }
    ids.forEach(function (id) { if (network.body.nodes[id]) { nearLines = nearLines.concat(network.getConnectedEdges(id)); } });
    lines.concat(nearLines).forEach(function (id) {
      var e = edgeById[id];
      if (e) { near = near.concat([e.from, e.to]); }
    });
    labels.force({nodes: ids, edges: lines}, {nodes: near, edges: nearLines});
    network.redraw();
  }
  network.on("hoverNode", function (p) { hovered.node = p.node; emphasise(); });
  network.on("blurNode", function () { hovered.node = null; emphasise(); });
  network.on("hoverEdge", function (p) { hovered.edge = p.edge; emphasise(); });
  network.on("blurEdge", function () { hovered.edge = null; emphasise(); });
  network.on("select", emphasise);
  // A name is part of its actor: the pointer on it shows the actor's relations, as on its dot, and keeps the
  // name where it is (a line under it does not push it away).
  container.addEventListener("pointermove", function (event) {
    var r = container.getBoundingClientRect();
    var name = labels.nodeAt(event.clientX - r.left, event.clientY - r.top);
    if (name !== hovered.name) {
      hovered.name = name;
      emphasise();
    }
  }, true);

  // The details panel.
  var panel = document.getElementById("details");
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function link(url, text) {
    if (typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url)) {
      var a = el("a", null, text);
      a.href = url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      return a;
    }
    return el("span", null, text);
  }
  function reset() {
    while (panel.firstChild) { panel.removeChild(panel.firstChild); }
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function hint() {
    reset();
    panel.appendChild(el("p", "hint", "Click an actor or a relation to read its evidence. " +
        "Hover for a summary; scroll to zoom; drag to move."));
  }
  function showEdge(id) {
    var e = edgeById[id];
    if (!e) { return; }
    reset();
    panel.setAttribute("data-edge", id);
    panel.removeAttribute("data-node");
    panel.appendChild(el("h2", null, e.head));
    panel.appendChild(el("p", "meta", [e.event_type || "relation", e.quad, e.polarity, e.modality].join(" \u00b7 ")));
    panel.appendChild(el("p", "meta", plural(e.count, "sentence") + " \u00b7 " + plural(e.articles, "article") +
        " \u00b7 confidence " + Number(e.confidence).toFixed(2)));
    var list = el("ol", "evidence");
    e.evidence.forEach(function (item) {
      var li = el("li");
      li.appendChild(el("blockquote", null, "\u201c" + item.sentence + "\u201d"));
      var article = data.articles[item.article] || {};
      var source = el("p", "source");
      if (item.speaker) {
        source.appendChild(el("span", "speaker", "according to " + item.speaker));
        source.appendChild(document.createTextNode(" \u00b7 "));
      }
      source.appendChild(link(article.url, article.title || item.article));
      if (article.date) { source.appendChild(document.createTextNode(" \u00b7 " + article.date)); }
      li.appendChild(source);
      var what = [item.quantity, item.theme].filter(Boolean).join(" ");
      if (what) { li.appendChild(el("p", "what", "what: " + what)); }
      if (item.coded) { li.appendChild(el("p", "coded", "coded: " + item.coded)); }
      if (item.cameo) { li.appendChild(el("p", "cameo", item.cameo)); }
      list.appendChild(li);
    });
    panel.appendChild(list);
    if (e.count > e.evidence.length) {
      panel.appendChild(el("p", "meta", "\u2026 and " + plural(e.count - e.evidence.length, "more sentence")));
    }
  }
  function showNode(id) {
    var n = nodeById[id];
    if (!n) { return; }
    reset();
    panel.setAttribute("data-node", id);
    panel.removeAttribute("data-edge");
    panel.appendChild(el("h2", null, n.name));
    panel.appendChild(el("p", "meta", n.type + (n.iso3 ? " \u00b7 ISO3 " + n.iso3 : "")));
    panel.appendChild(el("p", "meta", plural(n.mentions, "mention") + " \u00b7 " + plural(n.sentences, "sentence") +
        " in relations"));
    if (n.aliases.length) {
      panel.appendChild(el("h3", null, "Also called"));
      panel.appendChild(el("p", "names", n.aliases.join(", ")));
    }
    if (n.roles.length) {
      panel.appendChild(el("h3", null, "Roles"));
      panel.appendChild(el("p", "names", n.roles.join("; ")));
    }
    if (n.folds && n.folds.length) {
      panel.appendChild(el("h3", null, "Folded in"));
      panel.appendChild(el("p", "names", n.folds.join("; ")));
    }
    if (n.top.length) {
      panel.appendChild(el("h3", null, "Strongest relations"));
      var list = el("ul", "relations");
      n.top.forEach(function (edgeId) {
        var e = edgeById[edgeId];
        var other = nodeById[e.from === id ? e.to : e.from];
        var text = e.from === id ? "\u2192 " + e.label + " \u2192 " + other.name
                                 : other.name + " \u2192 " + e.label + " \u2192";
        var button = el("button", null, text + " (" + e.count + ")");
        button.type = "button";
        button.setAttribute("data-edge", edgeId);
        button.addEventListener("click", function () {
          network.selectEdges([edgeId]);
          showEdge(edgeId);
        });
        var li = el("li");
        li.appendChild(button);
        list.appendChild(li);
      });
      panel.appendChild(list);
    }
  }
  // The name under the pointer when it went down, before the click's own selection moves names about.
  var pressed = null;
  container.addEventListener("pointerdown", function (event) {
    var r = container.getBoundingClientRect();
    pressed = labels.nodeAt(event.clientX - r.left, event.clientY - r.top);
  }, true);
  network.on("click", function (params) {
    var named = params.nodes.length ? null : pressed;
    if (named) {  // a click on a name (drawn over the lines) selects its actor
      network.selectNodes([named]);
      emphasise();
      showNode(named);
    }
    else if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
    else { hint(); }
  });
  hint();

  // Filters: event type, polarity, modality and dates. An actor without a visible relation is hidden too.
  var controls = document.getElementById("controls");
  var status = document.getElementById("status");
  var days = data.days || [];
  var dateFrom = document.getElementById("date-from"), dateTo = document.getElementById("date-to");
  function checked(name) {
    var set = {};
    controls.querySelectorAll("input[name='" + name + "']").forEach(function (i) { set[i.value] = i.checked; });
    return set;
  }
  // The chosen range of days, or null when it is all of them. A claim's day is its own date, else its
  // article's; as in kg.filter(since=..., until=...), a narrowed range hides the claims with neither.
  function dateRange() {
    if (!dateFrom || !dateTo) { return null; }
    var a = Number(dateFrom.value), b = Number(dateTo.value);
    if (a > b) { var t = a; a = b; b = t; }
    document.getElementById("date-from-text").textContent = days[a];
    document.getElementById("date-to-text").textContent = days[b];
    return a === 0 && b === days.length - 1 ? null : [days[a], days[b]];
  }
  function inRange(e, range) {
    var n = 0;
    Object.keys(e.dates || {}).forEach(function (d) {
      if (!range || (d !== "" && d >= range[0] && d <= range[1])) { n += e.dates[d]; }
    });
    return n;
  }
  function applyFilters() {
    var events = checked("event"), polarity = checked("polarity"), modality = checked("modality");
    var range = dateRange(), v = views[view];
    var visible = {}, shown = 0, claims = 0, outside = 0;
    var updates = v.edges.map(function (e) {
      var dated = inRange(e, range);
      claims += e.count;
      outside += e.count - dated;
      var ok = events[e.event_type || "relation"] !== false && polarity[e.polarity] !== false &&
          modality[e.modality] !== false && dated > 0;
      if (ok) { shown++; visible[e.from] = true; visible[e.to] = true; }
      return {id: e.id, hidden: !ok};
    });
    edges.update(updates);
    nodes.update(v.nodes.map(function (n) { return {id: n.id, hidden: !visible[n.id]}; }));
    var parts = [];
    if (shown !== v.edges.length) { parts.push("showing " + shown + " of " + v.edges.length + " relations"); }
    if (range) {
      parts.push(outside + " of " + claims + " claims hidden: dated outside " + range[0] + " \u2013 " + range[1] +
          " or undated");
    }
    status.textContent = parts.join("; ");
    network.redraw();
  }
  controls.addEventListener("change", function (event) {
    if (event.target && event.target.type === "checkbox" && event.target.name) { applyFilters(); }
  });
  [dateFrom, dateTo].forEach(function (range) {
    if (range) { range.addEventListener("input", applyFilters); }
  });

  // Search: by name, alias or id, case-insensitive; focus the actor and show its details.
  var names = {};
  var datalist = document.getElementById("actor-names");
  function index() {
    names = {};
    while (datalist.firstChild) { datalist.removeChild(datalist.firstChild); }
    views[view].nodes.forEach(function (n) {
      [n.name, n.id].concat(n.aliases, n.folds || []).forEach(function (name) {
        var key = String(name).trim().toLowerCase();
        if (key && !(key in names)) { names[key] = n.id; }
      });
      var option = document.createElement("option");
      option.value = n.name;
      datalist.appendChild(option);
    });
  }
  index();
  var input = document.getElementById("search");
  function find() {
    var query = input.value.trim();
    if (!query) { return; }
    var id = names[query.toLowerCase()];
    if (!id) {
      status.textContent = "no actor named \u201c" + query + "\u201d on this map";
      return;
    }
    status.textContent = "";
    network.selectNodes([id]);
    emphasise();
    network.focus(id, {scale: Math.max(network.getScale(), 1.2), animation: {duration: 400}});
    showNode(id);
  }
  controls.addEventListener("submit", function (event) {
    event.preventDefault();
    find();
  });
  input.addEventListener("change", find);

  // The country view: people, national bodies and sector groups folded into their states.
  var toggle = document.getElementById("view-countries");
  function setView(name) {
    if (!views[name] || name === view) { return; }
    view = name;
    var v = prepare(views[name]);
    nodes = v.nodeSet;
    edges = v.edgeSet;
    nodeById = v.nodeById;
    hovered = {node: null, edge: null, name: null};
    network.setData({nodes: nodes, edges: edges});
    labels.setItems(v.nodes, v.edges);
    labels.force({nodes: [], edges: []}, {nodes: [], edges: []});
    applyFilters();
    index();
    document.getElementById("counts").textContent = v.counts;
    document.body.setAttribute("data-view", name);
    moved = false;
    fit();
    hint();
  }
  if (toggle) {
    toggle.addEventListener("change", function () { setView(toggle.checked ? "countries" : "actors"); });
  }
  document.body.setAttribute("data-view", view);
})();
