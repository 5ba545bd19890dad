(function () {
  "use strict";
  // graphkit's map: draw the network, keep it still, show evidence, filter and search.
  // Every piece of article text reaches the page through textContent, never as HTML.
  var data = JSON.parse(document.getElementById("graphkit-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeById = {}, edgeById = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; });
  data.edges.forEach(function (e) { edgeById[e.id] = e; });
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  window.network = network;

  // Still: settle (small maps only, from the positions computed in Python), then physics off.
  var settled = false;
  function settle() {
    if (settled) { return; }
    settled = true;
    if (data.options.physics.enabled) { network.setOptions({physics: false}); }
    network.fit({maxZoomLevel: 1.4});
    document.body.setAttribute("data-still-ms", String(Math.round(performance.now())));
    document.body.setAttribute("data-state", "still");
  }
  if (data.options.physics.enabled && data.nodes.length) {
    network.once("stabilizationIterationsDone", settle);
  } else {
    settle();
  }

  // Countries carry their ISO 3166 code inside the dot, when the dot is big enough to read it.
  var coded = data.nodes.filter(function (n) { return n.iso3; });
  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale();
    ctx.save();
    ctx.fillStyle = "#ffffff";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    coded.forEach(function (n) {
      var node = network.body.nodes[n.id];
      if (!node || node.options.hidden || node.options.size * scale < 10) { return; }
      ctx.font = "600 " + (node.options.size * 0.62).toFixed(1) + "px system-ui, sans-serif";
      ctx.fillText(String(n.iso3), node.x, node.y + 0.5);
    });
    ctx.restore();
  });

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
  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
    else { hint(); }
  });
  hint();

  // Filters: event type, polarity and modality. An actor without a visible relation is hidden too.
  var controls = document.getElementById("controls");
  var status = document.getElementById("status");
  function checked(name) {
    var set = {};
    controls.querySelectorAll("input[name='" + name + "']").forEach(function (i) { set[i.value] = i.checked; });
    return set;
  }
  function applyFilters() {
    var events = checked("event"), polarity = checked("polarity"), modality = checked("modality");
    var visible = {}, shown = 0;
    var updates = data.edges.map(function (e) {
      var ok = events[e.event_type || "relation"] !== false && polarity[e.polarity] !== false &&
          modality[e.modality] !== false;
      if (ok) { shown++; visible[e.from] = true; visible[e.to] = true; }
      return {id: e.id, hidden: !ok};
    });
    edges.update(updates);
    nodes.update(data.nodes.map(function (n) { return {id: n.id, hidden: !visible[n.id]}; }));
    status.textContent = shown === data.edges.length ? "" : "showing " + shown + " of " + data.edges.length +
        " relations";
  }
  controls.addEventListener("change", function (event) {
    if (event.target && event.target.type === "checkbox") { applyFilters(); }
  });

  // Search: by name, alias or id, case-insensitive; focus the actor and show its details.
  var names = {};
  var datalist = document.getElementById("actor-names");
  data.nodes.forEach(function (n) {
    [n.name, n.id].concat(n.aliases).forEach(function (name) {
      var key = String(name).trim().toLowerCase();
      if (key && !(key in names)) { names[key] = n.id; }
    });
    var option = document.createElement("option");
    option.value = n.name;
    datalist.appendChild(option);
  });
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
    network.focus(id, {scale: Math.max(network.getScale(), 1.2), animation: {duration: 400}});
    showNode(id);
  }
  controls.addEventListener("submit", function (event) {
    event.preventDefault();
    find();
  });
  input.addEventListener("change", find);
})();
