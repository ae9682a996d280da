// Offline cache. Pages: network first, the cached copy when offline; every visited page is kept, and on the first
// visit of a language its home page, listings and search data are fetched in the background (the page asks).
// Assets have their content hash in the name, so a cached copy is always right.
"use strict";
var VERSION = new URL(self.location).searchParams.get("v") || "1";
var PAGES = "pages-" + VERSION;
var ASSETS = "assets-" + VERSION;
var SCOPE = new URL(self.registration.scope).pathname;

self.addEventListener("install", function () { self.skipWaiting(); });

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key !== PAGES && key !== ASSETS; })
      .map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

function withoutQuery(url) {
  var copy = new URL(url);
  copy.search = "";
  copy.hash = "";
  return copy.href;
}

// The worker is kept alive until the copy is written (it may be stopped as soon as the page has its response).
function store(event, cacheName, key, response) {
  if (response && response.ok && response.type === "basic") {
    var copy = response.clone();
    event.waitUntil(caches.open(cacheName).then(function (cache) { return cache.put(key, copy); }));
  }
  return response;
}

function languageHome(url) {
  var language = url.pathname.slice(SCOPE.length).split("/")[0];
  return new URL(SCOPE + (language ? language + "/" : ""), url).href;
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.indexOf(SCOPE + "assets/") === 0) {
    event.respondWith(caches.match(request).then(function (hit) {
      return hit || fetch(request).then(function (response) { return store(event, ASSETS, request, response); });
    }));
    return;
  }
  var key = withoutQuery(request.url);
  event.respondWith(fetch(request).then(function (response) {
    return store(event, PAGES, key, response);
  }).catch(function () {
    return caches.open(PAGES).then(function (cache) {
      return cache.match(key).then(function (hit) { return hit || cache.match(languageHome(url)); });
    }).then(function (hit) { return hit || Response.error(); });
  }));
});

self.addEventListener("message", function (event) {
  var urls = event.data && event.data.cache;
  if (!Array.isArray(urls)) return;
  event.waitUntil(caches.open(PAGES).then(function (cache) {
    return Promise.all(urls.map(function (url) {
      var key = withoutQuery(new URL(url, self.location).href);
      return cache.match(key).then(function (hit) {
        return hit || fetch(key).then(function (response) { if (response.ok) return cache.put(key, response); }).catch(function () {});
      });
    }));
  }));
});
