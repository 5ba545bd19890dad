// graphkit's map labels. vis-network draws the dots and lines; the names are drawn here after each frame,
// at a fixed size on screen, so that every name shown is legible at any zoom. They are placed by
// importance (the most connected actor first) and a name that would overlap one already placed, or a dot,
// waits until zooming in makes room for it: label density by importance, as Gephi and sigma.js do. No
// name leaves the canvas. A relation's label shows where it fits along its line and does not collide;
// hovering or selecting an actor or a relation always shows its labels. Text is drawn on the canvas only.
var GraphkitLabels = (function () {
  "use strict";
  var FACE = "system-ui, -apple-system, 'Segoe UI', sans-serif";
  var NODE_PX = 13;   // an actor's name, in screen pixels
  var HUB_PX = 15;    // the name of a hub: one of the most connected eighth of the actors (at most ten)
  var EDGE_PX = 12;   // a relation's label
  var MARGIN = 6;     // screen pixels kept free at the canvas edge
  var GAP = 2;        // between a dot and its name
  var CELL = 48;      // side of a cell of the collision grid, in screen pixels

  function clamp(v, lo, hi) { return Math.max(lo, Math.min(hi, v)); }

  // Boxes [left, top, right, bottom] in a uniform grid, for overlap tests in about constant time.
  function Grid() { this.cells = {}; }
  Grid.prototype.keys = function (b, fn) {
    for (var i = Math.floor(b[0] / CELL); i <= Math.floor(b[2] / CELL); i++) {
      for (var j = Math.floor(b[1] / CELL); j <= Math.floor(b[3] / CELL); j++) {
        if (fn(i + ":" + j)) { return true; }
      }
    }
    return false;
  };
  Grid.prototype.hits = function (b, except) {
    var cells = this.cells;
    return this.keys(b, function (k) {
      var list = cells[k] || [];
      for (var n = 0; n < list.length; n++) {
        var o = list[n];
        if (o.owner !== except && o[0] < b[2] && b[0] < o[2] && o[1] < b[3] && b[1] < o[3]) { return true; }
      }
      return false;
    });
  };
  Grid.prototype.add = function (b, owner) {
    var box = [b[0], b[1], b[2], b[3]], cells = this.cells;
    box.owner = owner;
    this.keys(b, function (k) { (cells[k] = cells[k] || []).push(box); return false; });
  };

  function Labels(network, container) {
    this.network = network;
    this.container = container;
    this.widths = {};
    this.nodes = [];
    this.edges = [];
    this.forced = {nodes: {}, edges: {}};  // id: 2 (always shown) or 1 (shown first)
    this.drawn = {nodes: [], edges: []};
  }
  // The items of the view on the map: node items carry `label` and `rank`, edge items `label` and `count`.
  Labels.prototype.setItems = function (nodes, edges) {
    this.nodes = nodes.slice().sort(function (a, b) { return a.rank - b.rank; });
    this.hubs = Math.max(1, Math.min(10, Math.round(nodes.length / 8)));
    this.edges = edges.slice().sort(function (a, b) { return b.count - a.count || (a.id < b.id ? -1 : 1); });
    this.byNode = {};
    this.byEdge = {};
    var self = this;
    this.nodes.forEach(function (n) { self.byNode[n.id] = n; });
    this.edges.forEach(function (e) { self.byEdge[e.id] = e; });
  };
  // Names and labels to show first: `strong` ones ({nodes: [ids], edges: [ids]}) whatever the crowding
  // (what is hovered or selected), `near` ones (its neighbours and relations) wherever they find room.
  Labels.prototype.force = function (strong, near) {
    var forced = {nodes: {}, edges: {}};
    near.nodes.forEach(function (id) { forced.nodes[id] = 1; });
    near.edges.forEach(function (id) { forced.edges[id] = 1; });
    strong.nodes.forEach(function (id) { forced.nodes[id] = 2; });
    strong.edges.forEach(function (id) { forced.edges[id] = 2; });
    this.forced = forced;
  };
  Labels.prototype.font = function (n) {
    return n.rank < this.hubs ? {px: HUB_PX, css: "600 " + HUB_PX + "px " + FACE} : {px: NODE_PX, css: NODE_PX + "px " + FACE};
  };
  Labels.prototype.width = function (ctx, text, css) {
    var key = css + "\u0000" + text;
    if (!(key in this.widths)) {
      ctx.font = css;
      this.widths[key] = Math.ceil(ctx.measureText(text).width);
    }
    return this.widths[key];
  };
  Labels.prototype.size = function () {
    return {w: this.container.clientWidth, h: this.container.clientHeight};
  };

  // Place and draw the labels of this frame; `ctx` is vis-network's context in canvas coordinates.
  // Order: the hovered or selected actors' names, then their relations' labels, then every other name by
  // rank, then every other relation's label by sentences. Each takes the first free place among a few;
  // a hovered or selected one that finds none takes its first place anyway, on a white ground.
  Labels.prototype.draw = function (ctx) {
    var net = this.network, body = net.body, scale = net.getScale(), tr = body.view.translation;
    var size = this.size(), W = size.w, H = size.h, self = this;
    var ratio = (net.canvas && net.canvas.pixelRatio) || window.devicePixelRatio || 1;
    var labels = new Grid(), dots = new Grid(), drawn = {nodes: [], edges: []};
    var visible = [];
    this.nodes.forEach(function (item) {
      var node = body.nodes[item.id];
      if (!node || node.options.hidden) { return; }
      var x = node.x * scale + tr.x, y = node.y * scale + tr.y, r = node.options.size * scale;
      if (x < -r || x > W + r || y < -r || y > H + r) { return; }
      visible.push({item: item, x: x, y: y, r: r});
      dots.add([x - r, y - r, x + r, y + r], item.id);
    });
    // The first free box among `spots` ([left, top] of a w x h label), kept inside the canvas, or null. A hub's
    // name may cover small dots if it must; a hovered or selected one takes its first place if none is free.
    function place(spots, w, h, owner, forced, hub) {
      var boxes = spots.map(function (spot) {
        var left = clamp(spot[0], MARGIN, W - MARGIN - w), top = clamp(spot[1], MARGIN, H - MARGIN - h);
        return [left - 2, top, left + w + 2, top + h];
      });
      var free = boxes.filter(function (b) { return !labels.hits(b) && !dots.hits(b, owner); });
      if (!free.length && hub) { free = boxes.filter(function (b) { return !labels.hits(b); }); }
      return free.length ? free[0] : forced ? boxes[0] : null;
    }
    function node(v, forced) {
      var font = self.font(v.item), w = self.width(ctx, v.item.label, font.css), h = Math.ceil(font.px * 1.25);
      if (v.x < 0 || v.x > W || v.y < 0 || v.y > H || w > W - 2 * MARGIN) { return; }
      // below the dot, above it, right of it, left of it
      var box = place([[v.x - w / 2, v.y + v.r + GAP], [v.x - w / 2, v.y - v.r - GAP - h],
                       [v.x + v.r + GAP + 1, v.y - h / 2], [v.x - v.r - GAP - 1 - w, v.y - h / 2]],
                      w, h, v.item.id, forced, v.item.rank < self.hubs);
      if (!box) { return; }
      labels.add(box, v.item.id);
      drawn.nodes.push({id: v.item.id, text: v.item.label, px: font.px, css: font.css, forced: forced,
                        box: [box[0] + 2, box[1], box[2] - 2, box[3]], color: "#1d1d1d"});
    }
    function edge(item, forced, near) {
      var e = body.edges[item.id];
      if (!e || !e.from || !e.to) { return; }
      var css = EDGE_PX + "px " + FACE, w = self.width(ctx, item.label, css), h = Math.ceil(EDGE_PX * 1.25);
      var dx = (e.to.x - e.from.x) * scale, dy = (e.to.y - e.from.y) * scale;
      var room = Math.sqrt(dx * dx + dy * dy) - (e.from.options.size + e.to.options.size) * scale;
      if (!forced && !near && e.from !== e.to && room < w + 12) { return; }  // it must fit between the two dots
      var spots = [];
      [0.5, 0.38, 0.62, 0.28, 0.72].forEach(function (t) {  // along the line, from its middle outwards
        try {
          var p = e.edgeType.getPoint(t), x = p.x * scale + tr.x, y = p.y * scale + tr.y;
          if (x >= 0 && x <= W && y >= 0 && y <= H) { spots.push([x - w / 2, y - h / 2]); }
        } catch (err) { /* a line vis-network cannot measure gets no label */ }
      });
      var box = spots.length ? place(forced || near ? spots : spots.slice(0, 1), w, h, null, forced, false) : null;
      if (!box) { return; }
      labels.add(box, item.id);
      drawn.edges.push({id: item.id, text: item.label, px: EDGE_PX, css: css, forced: forced,
                        box: [box[0] + 2, box[1], box[2] - 2, box[3]], color: (item.font && item.font.color) || "#333333"});
    }
    var shown = {};
    body.edgeIndices.forEach(function (id) { shown[id] = true; });
    var edges = this.edges.filter(function (e) { return shown[e.id]; });
    var forced = this.forced;
    [2, 1].forEach(function (level) {
      visible.forEach(function (v) { if (forced.nodes[v.item.id] === level) { node(v, level === 2); } });
      edges.forEach(function (e) { if (forced.edges[e.id] === level) { edge(e, level === 2, level === 1); } });
    });
    visible.forEach(function (v) { if (!forced.nodes[v.item.id]) { node(v, false); } });
    edges.forEach(function (e) { if (!forced.edges[e.id]) { edge(e, false, false); } });
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    var all = drawn.edges.concat(drawn.nodes);
    all.filter(function (l) { return !l.forced; }).concat(all.filter(function (l) { return l.forced; }))
      .forEach(function (l) {
        var y = (l.box[1] + l.box[3]) / 2;
        if (l.forced) {
          ctx.fillStyle = "rgba(255, 255, 255, 0.92)";
          ctx.fillRect(l.box[0] - 2, l.box[1], l.box[2] - l.box[0] + 4, l.box[3] - l.box[1]);
        }
        ctx.font = l.css;
        ctx.lineWidth = 4;
        ctx.strokeStyle = "rgba(255, 255, 255, 0.92)";
        ctx.strokeText(l.text, l.box[0], y);
        ctx.fillStyle = l.color;
        ctx.fillText(l.text, l.box[0], y);
      });
    ctx.restore();
    this.drawn = drawn;
  };

  // The actor whose name is drawn at this point of the canvas (DOM pixels), or null.
  Labels.prototype.nodeAt = function (x, y) {
    for (var i = this.drawn.nodes.length - 1; i >= 0; i--) {
      var b = this.drawn.nodes[i].box;
      if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3]) { return this.drawn.nodes[i].id; }
    }
    return null;
  };

  // Show every visible actor, its dot and its name, with a margin: the largest scale (up to maxScale) at
  // which all of them fit the canvas, centred.
  Labels.prototype.fit = function (maxScale) {
    var net = this.network, body = net.body, size = this.size(), W = size.w - 2 * MARGIN - 8, H = size.h - 2 * MARGIN - 8;
    var ctx = net.canvas.frame.canvas.getContext("2d"), self = this;
    var items = [];
    this.nodes.forEach(function (item) {
      var node = body.nodes[item.id];
      if (!node || node.options.hidden) { return; }
      var font = self.font(item);
      items.push({x: node.x, y: node.y, r: node.options.size, w: self.width(ctx, item.label, font.css) + 4,
                  h: Math.ceil(font.px * 1.25) + GAP});
    });
    if (!items.length || W < 40 || H < 40) { return; }
    function extent(s) {
      var e = [Infinity, -Infinity, Infinity, -Infinity];
      items.forEach(function (n) {
        var x = n.x * s, y = n.y * s, r = n.r * s, half = Math.max(r, n.w / 2);
        e[0] = Math.min(e[0], x - half);
        e[1] = Math.max(e[1], x + half);
        e[2] = Math.min(e[2], y - r);
        e[3] = Math.max(e[3], y + r + n.h);
      });
      return e;
    }
    function fits(s) {
      var e = extent(s);
      return e[1] - e[0] <= W && e[3] - e[2] <= H;
    }
    var lo = 1e-4, hi = maxScale;
    if (!fits(hi)) {
      for (var k = 0; k < 40; k++) {
        var s = (lo + hi) / 2;
        if (fits(s)) { lo = s; } else { hi = s; }
      }
      hi = lo;
    }
    var e = extent(hi);
    net.moveTo({position: {x: (e[0] + e[1]) / 2 / hi, y: (e[2] + e[3]) / 2 / hi}, scale: hi});
  };

  // What the last frame drew, in screen pixels: for tests and for anyone who wants to know.
  Labels.prototype.report = function () {
    function copy(l) { return {id: l.id, text: l.text, px: l.px, box: l.box.slice()}; }
    return {nodes: this.drawn.nodes.map(copy), edges: this.drawn.edges.map(copy)};
  };

  return Labels;
})();
