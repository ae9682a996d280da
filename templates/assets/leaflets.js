// Prints several leaflets together: the teachers' page sends the town (ort) and the class's languages (sprache).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var target = document.getElementById("collection");
    if (!target) return;
    var status = document.getElementById("collection-status");
    var button = document.getElementById("collection-print");
    var params = new URLSearchParams(location.search);
    var slug = params.get("ort") || "kreis";
    var languages = params.getAll("sprache");
    if (!languages.length) languages = [document.documentElement.lang];
    if (!/^[a-z0-9-]+$/.test(slug)) return;
    status.textContent = target.dataset.loading;
    var styled = false;
    Promise.all(languages.filter(function (code) { return /^[a-z]{2,3}$/.test(code); }).map(function (code) {
      var url = target.dataset.pattern.replace("{lang}", code).replace("{slug}", slug);
      return fetch(url).then(function (response) { return response.ok ? response.text() : ""; }).then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var base = doc.createElement("base");
        base.href = new URL(url, location.href).href;
        doc.head.appendChild(base);
        return doc;
      });
    })).then(function (documents) {
      documents.forEach(function (doc) {
        var leaflet = doc.querySelector("main.leaflet");
        if (!leaflet) return;
        if (!styled) {
          var style = doc.querySelector("style");
          if (style) document.head.appendChild(document.importNode(style, true));
          styled = true;
        }
        var page = document.createElement("div");
        page.className = "collection-page";
        page.lang = doc.documentElement.lang;
        page.dir = doc.documentElement.dir;
        var copy = document.importNode(leaflet, true);
        // The leaflet's images are relative to the leaflet's own address.
        copy.querySelectorAll("img[src]").forEach(function (img) { img.src = new URL(img.getAttribute("src"), doc.baseURI).href; });
        var part = document.createElement("div");
        part.className = copy.className;
        while (copy.firstChild) part.appendChild(copy.firstChild);
        page.appendChild(part);
        target.appendChild(page);
      });
      status.textContent = target.dataset.ready;
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  });
})();
