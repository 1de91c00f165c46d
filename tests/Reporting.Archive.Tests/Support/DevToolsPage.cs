using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reporting.Archive.Tests.Support;

/// <summary>
/// A page in headless Chromium driven over the Chrome DevTools Protocol: evaluate script in it as a
/// user's actions would (type into a field, click a link) and read what it then shows.
/// </summary>
internal sealed partial class DevToolsPage : IDisposable
{
    private readonly Process process;
    private readonly DirectoryInfo profile;
    private readonly ClientWebSocket socket = new();
    private int nextId;

    private DevToolsPage(Process process, DirectoryInfo profile)
    {
        this.process = process;
        this.profile = profile;
    }

    public static DevToolsPage Open(string url)
    {
        Chromium.RequireInstalled();
        var profile = Directory.CreateTempSubdirectory("chromium-cdp-");
        var start = new ProcessStartInfo(Chromium.Path) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--remote-debugging-port=0", "--allow-file-access-from-files",
                     $"--user-data-dir={profile.FullName}", url })
            start.ArgumentList.Add(a);
        var page = new DevToolsPage(Process.Start(start)!, profile);
        // Chromium prints "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID" once it is ready.
        string? line;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((line = page.process.StandardError.ReadLine()) is not null && DateTime.UtcNow < deadline)
        {
            if (ListeningPattern().Match(line) is { Success: true } m)
            {
                page.Attach(int.Parse(m.Groups[1].Value), url);
                return page;
            }
        }
        page.Dispose();
        throw new InvalidOperationException("Chromium did not open its DevTools port");
    }

    private void Attach(int port, string url)
    {
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var targets = JsonDocument.Parse(http.GetStringAsync($"http://127.0.0.1:{port}/json/list").Result).RootElement;
            var target = targets.EnumerateArray().FirstOrDefault(t => t.GetProperty("type").GetString() == "page");
            if (target.ValueKind == JsonValueKind.Object)
            {
                socket.ConnectAsync(new Uri(target.GetProperty("webSocketDebuggerUrl").GetString()!), CancellationToken.None).Wait();
                // The first target may still be about:blank: wait for the page asked for to have loaded.
                WaitFor($"location.href === {JsonSerializer.Serialize(url)} && document.readyState === 'complete'");
                return;
            }
            Thread.Sleep(100);
        }
        throw new InvalidOperationException($"no page target for {url}");
    }

    /// <summary>Evaluates an expression in the page and returns its value as JSON.</summary>
    public JsonElement Evaluate(string expression)
    {
        var id = ++nextId;
        var request = JsonSerializer.SerializeToUtf8Bytes(new { id, method = "Runtime.evaluate", @params = new { expression, returnByValue = true, awaitPromise = true } });
        socket.SendAsync(request, WebSocketMessageType.Text, true, CancellationToken.None).Wait();
        while (true)
        {
            var message = Receive();
            if (message.TryGetProperty("id", out var got) && got.GetInt32() == id)
            {
                var result = message.GetProperty("result");
                if (result.TryGetProperty("exceptionDetails", out var error)) throw new InvalidOperationException(error.ToString());
                return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
            }
        }
    }

    /// <summary>Polls until the expression is true (a navigation or a filter has taken effect).</summary>
    public void WaitFor(string condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (Evaluate(condition).ValueKind == JsonValueKind.True) return;
            }
            catch (InvalidOperationException)
            {
                // The page is between documents during a navigation; ask again.
            }
            Thread.Sleep(100);
        }
        throw new TimeoutException($"page never satisfied: {condition}");
    }

    private JsonElement Receive()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = socket.ReceiveAsync(buffer, CancellationToken.None).Result;
            message.Write(buffer, 0, result.Count);
        } while (!result.EndOfMessage);
        return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
    }

    public void Dispose()
    {
        socket.Dispose();
        try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        process.WaitForExit();
        process.Dispose();
        try { profile.Delete(recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex(@"DevTools listening on ws://127\.0\.0\.1:(\d+)/")]
    private static partial Regex ListeningPattern();
}
