using Microsoft.Playwright;

namespace Angebotsverzeichnis.Tests.Browser;

public static class PageScript
{
    /// <summary>
    /// Waits until site.js has done its work: the filter form is shown and, where the page filters or searches
    /// (a query in the URL, or the search page), the result count has been announced.
    /// </summary>
    public static Task WaitUntilEnhancedAsync(this IPage page) =>
        page.WaitForFunctionAsync("""
            () => {
              if (document.readyState !== "complete") return false;
              const form = document.querySelector("form.filters");
              if (!form) return true;
              if (form.hidden) return false;
              const filtering = location.search !== "" || form.hasAttribute("data-always");
              return !filtering || document.querySelector(".result-count").textContent.trim() !== "";
            }
            """);
}
