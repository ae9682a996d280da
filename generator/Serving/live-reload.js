// Preview only (never part of the published site): reloads the page after a rebuild and shows content errors.
(function () {
  "use strict";
  if ("serviceWorker" in navigator) {
    // A service worker would answer from its cache and hide the change being previewed.
    navigator.serviceWorker.getRegistrations().then(function (list) { list.forEach(function (r) { r.unregister(); }); });
  }
  var overlay = null;
  function showProblems(problems) {
    if (!overlay) {
      overlay = document.createElement("section");
      overlay.setAttribute("role", "alert");
      overlay.setAttribute("lang", problems.lang);
      overlay.setAttribute("dir", "ltr");
      overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
        "margin:0;padding:1rem 1.25rem;background:#fff5f5;color:#1a1a1a;border-top:4px solid #b00020;" +
        "font:15px/1.5 system-ui,sans-serif;box-shadow:0 -2px 12px rgba(0,0,0,.25)";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "";
    var heading = document.createElement("h2");
    heading.style.cssText = "margin:0 0 .5rem;font-size:1.1rem;color:#b00020";
    heading.textContent = problems.title;
    overlay.appendChild(heading);
    var list = document.createElement("ul");
    list.style.cssText = "margin:0;padding-left:1.25rem";
    problems.items.forEach(function (item) {
      var entry = document.createElement("li");
      var place = document.createElement("code");
      place.textContent = item.place;
      entry.appendChild(place);
      entry.appendChild(document.createTextNode(" " + item.message));
      list.appendChild(entry);
    });
    overlay.appendChild(list);
  }
  var events = new EventSource("/__vorschau/events?path=" + encodeURIComponent(location.pathname));
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("problems", function (e) { showProblems(JSON.parse(e.data)); });
})();
