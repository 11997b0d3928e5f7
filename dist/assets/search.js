// The search box of every page (kb/export/search.py writes this file to
// dist/assets/search.js). On first use it loads MiniSearch (vendored into
// assets/vendor/minisearch/) and the index built at build time
// (assets/search-index.js, which sets window.AGKB_SEARCH_INDEX) as scripts, so
// it works from file:// as from a web server, and nothing leaves the page.
(function () {
  "use strict";
  var script = document.currentScript;
  var assets = new URL(".", script.src);          // .../assets/
  var site = new URL("..", assets);               // the folder of index.html
  var engine = null, loading = null;

  // Must match kb/export/search.py's process(): lower case, no diacritics.
  function processTerm(term) {
    return term.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  }

  function load(src) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = new URL(src, assets).href;
      tag.onload = resolve;
      tag.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(tag);
    });
  }

  function ready() {
    if (engine) return Promise.resolve(engine);
    if (!loading) {
      loading = Promise.all([
        window.MiniSearch ? null : load("vendor/minisearch/index.js"),
        window.AGKB_SEARCH_INDEX ? null : load("search-index.js")
      ]).then(function () {
        engine = window.MiniSearch.loadJS(window.AGKB_SEARCH_INDEX, {
          fields: ["label", "aliases"],
          storeFields: ["l", "k", "n"],
          processTerm: processTerm,
          searchOptions: { prefix: true, fuzzy: 0.2, boost: { label: 2 }, combineWith: "AND" }
        });
        return engine;
      });
    }
    return loading;
  }

  function matchedAlias(result, query) {
    var words = query.split(/[\n\r\p{Z}\p{P}]+/u).map(processTerm).filter(Boolean);
    var names = result.n || [];
    for (var i = 0; i < names.length; i++) {
      var name = processTerm(names[i]);
      if (words.every(function (w) { return name.indexOf(w) >= 0; })) return names[i];
    }
    var terms = result.terms || [];
    var label = processTerm(result.l || "");
    if (terms.some(function (t) { return label.indexOf(t) >= 0; })) return null;
    for (var j = 0; j < names.length; j++) {
      var folded = processTerm(names[j]);
      if (terms.some(function (t) { return folded.indexOf(t) >= 0; })) return names[j];
    }
    return null;
  }

  function show(form, list, query) {
    list.textContent = "";
    if (!query.trim()) { list.hidden = true; return; }
    var results = engine.search(query).slice(0, 12);
    if (!results.length) {
      var none = document.createElement("li");
      none.className = "empty";
      none.textContent = "Nothing found";
      list.appendChild(none);
    }
    results.forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = new URL(result.id, site).href;
      link.textContent = result.l;
      item.appendChild(link);
      var alias = matchedAlias(result, query);
      if (alias && alias !== result.l) {
        var also = document.createElement("span");
        also.className = "alias";
        also.textContent = " “" + alias + "”";
        item.appendChild(also);
      }
      if (result.k) {
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = " · " + result.k;
        item.appendChild(kind);
      }
      list.appendChild(item);
    });
    list.hidden = false;
  }

  function attach(form) {
    var input = form.querySelector("input[type=search]");
    var list = form.querySelector(".search-results");
    var run = function () {
      ready().then(function () { show(form, list, input.value); })
             .catch(function (error) { list.hidden = false; list.textContent = error.message; });
    };
    input.addEventListener("focus", function () { ready().catch(function () {}); });
    input.addEventListener("input", run);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      ready().then(function () {
        var first = list.querySelector("a");
        if (first) window.location.href = first.href;
        else show(form, list, input.value);
      });
    });
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) list.hidden = true;
    });
    var asked = new URLSearchParams(window.location.search).get("q");
    if (asked && !input.value) { input.value = asked; run(); }
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form.search"), attach);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
