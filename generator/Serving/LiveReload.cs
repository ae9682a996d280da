using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Angebotsverzeichnis.Serving;

/// <summary>
/// The open browser pages, each listening on a server-sent event stream: told to reload after a rebuild, or shown the
/// problems of a failed one. It also knows which pages are open, so that the rebuild can write those first.
/// </summary>
public sealed class LiveReload
{
    private readonly ConcurrentDictionary<HttpListenerResponse, string> _pages = new();
    private string? _problems;

    /// <summary>Site paths of the open pages, such as "/de/sprachkurse/abendkurs/".</summary>
    public IReadOnlySet<string> OpenPages => _pages.Values.ToHashSet(StringComparer.Ordinal);

    public void Connect(HttpListenerResponse response, string sitePath)
    {
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        _pages[response] = sitePath;
        Send(response, "hello", "");
        if (_problems is { } problems) Send(response, "problems", problems);
    }

    public void Reload()
    {
        _problems = null;
        Broadcast("reload", "");
    }

    /// <summary>Shows the problems (as JSON) on every open page until the next good build.</summary>
    public void ShowProblems(string json)
    {
        _problems = json;
        Broadcast("problems", json);
    }

    private void Broadcast(string name, string data)
    {
        foreach (var response in _pages.Keys) Send(response, name, data);
    }

    private void Send(HttpListenerResponse response, string name, string data)
    {
        try
        {
            var bytes = Encoding.UTF8.GetBytes($"event: {name}\ndata: {data.ReplaceLineEndings(" ")}\n\n");
            lock (response)
            {
                response.OutputStream.Write(bytes);
                response.OutputStream.Flush();
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            _pages.TryRemove(response, out _);
        }
    }
}
