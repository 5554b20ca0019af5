using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace ArticleGen.Tool.Tests.TestSupport;

/// <summary>An HTTP server on 127.0.0.1 that serves fixed pages by path, and 404 for anything else. No test leaves the machine.</summary>
public sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly IReadOnlyDictionary<string, string> _pages;
    private readonly Task _serving;

    public LoopbackServer(IReadOnlyDictionary<string, string> pages)
    {
        _pages = pages;
        BaseAddress = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(BaseAddress);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string BaseAddress { get; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            bool found = _pages.TryGetValue(context.Request.Url!.AbsolutePath, out string? page);
            byte[] body = Encoding.UTF8.GetBytes(found ? page! : "not here");
            context.Response.StatusCode = found ? 200 : 404;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
