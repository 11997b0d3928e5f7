// Draws the pictures of an agkb page from the data embedded in it
// (<script type="application/json">): the network with Cytoscape.js, the map
// with d3-geo and topojson-client on world-atlas's country shapes (set as
// window.agkbWorldAtlas by assets/vendor/world-atlas/countries-110m.js).
// Nothing is fetched: every page works from file:// and offline.
(function () {
  "use strict";

  function data(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function drawNetwork(box, graph) {
    var elements = [];
    graph.nodes.forEach(function (n) {
      elements.push({ group: "nodes", data: { id: n.id, label: n.label, href: n.href, colour: n.colour,
        centre: n.centre ? 1 : 0 } });
    });
    graph.edges.forEach(function (e) {
      elements.push({ group: "edges", data: { id: e.id, source: e.source, target: e.target, label: e.label,
        colour: e.colour, style: e.contested ? "dashed" : e.style, contested: e.contested ? 1 : 0 } });
    });
    var centred = graph.nodes.some(function (n) { return n.centre; });
    var cy = window.cytoscape({
      container: box,
      elements: elements,
      style: [
        { selector: "node", style: { "background-color": "data(colour)", "label": "data(label)",
          "font-size": 10, "text-valign": "bottom", "text-margin-y": 3, "width": 18, "height": 18,
          "text-wrap": "wrap", "text-max-width": 110, "color": "#1d2330" } },
        { selector: "node[centre = 1]", style: { "width": 30, "height": 30, "border-width": 3,
          "border-color": "#1d2330", "font-weight": "bold" } },
        { selector: "edge", style: { "line-color": "data(colour)", "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle", "curve-style": "bezier", "width": 2, "label": "data(label)",
          "font-size": 8, "color": "#5b6474", "text-rotation": "autorotate", "text-background-color": "#fff",
          "text-background-opacity": 0.8, "line-style": "data(style)" } },
        { selector: "edge[contested = 1]", style: { "line-dash-pattern": [6, 4], "width": 3 } }
      ],
      layout: centred
        ? { name: "concentric", concentric: function (n) { return n.data("centre") ? 2 : 1; },
            levelWidth: function () { return 1; }, minNodeSpacing: 40, animate: false }
        : { name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 9000; },
            idealEdgeLength: function () { return 90; } }
    });
    cy.on("tap", "node", function (event) {
      var href = event.target.data("href");
      if (href) { window.location.href = href; }
    });
    box.setAttribute("data-drawn", String(cy.nodes().length));
  }

  var SVG = "http://www.w3.org/2000/svg";

  function drawMap(box, places) {
    var world = window.agkbWorldAtlas;
    var countries = window.topojson.feature(world, world.objects.countries).features;
    var marked = {};
    places.countries.forEach(function (c) { marked[c.code] = c; });
    var width = 960, height = 480;
    var projection = window.d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
    var path = window.d3.geoPath(projection);
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.setAttribute("width", "100%");
    var sphere = document.createElementNS(SVG, "path");
    sphere.setAttribute("d", path({ type: "Sphere" }));
    sphere.setAttribute("fill", "#f4f7fb");
    svg.appendChild(sphere);
    var on = [];
    countries.forEach(function (feature) {
      var d = path(feature);
      if (!d) { return; }
      var shape = document.createElementNS(SVG, "path");
      shape.setAttribute("d", d);
      shape.setAttribute("data-code", feature.id || "");
      var entry = marked[feature.id];
      if (entry) {
        shape.setAttribute("class", "country marked");
        shape.setAttribute("fill", places.colours[entry.roles[0]]);
        shape.style.fill = places.colours[entry.roles[0]];
        var title = document.createElementNS(SVG, "title");
        title.textContent = entry.places.map(function (p) { return p.label + " (" + p.role + ")"; }).join("; ");
        shape.appendChild(title);
        var link = document.createElementNS(SVG, "a");
        link.setAttribute("href", entry.places[0].href);
        link.appendChild(shape);
        on.push(link);
      } else {
        shape.setAttribute("class", "country");
        svg.appendChild(shape);
      }
    });
    on.forEach(function (link) { svg.appendChild(link); });
    box.appendChild(svg);
    box.setAttribute("data-drawn", String(on.length));
  }

  function draw() {
    var graph = data("agkb-network");
    var box = document.querySelector("[data-graph]");
    if (graph && box && window.cytoscape) { drawNetwork(box, graph); }
    var places = data("agkb-map");
    var mapBox = document.querySelector("[data-map]");
    if (places && mapBox && window.d3 && window.topojson && window.agkbWorldAtlas) { drawMap(mapBox, places); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
