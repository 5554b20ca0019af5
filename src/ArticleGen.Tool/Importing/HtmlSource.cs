using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using ArticleGen.Tool.Cli;

namespace ArticleGen.Tool.Importing;

/// <summary>Where a page comes from: a saved HTML file, or an http(s) URL fetched once.</summary>
internal static class HtmlSource
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <returns>The page's bytes (the reader finds their encoding) and the address that relative links resolve against.</returns>
    /// <exception cref="UsageException">The file does not exist, or the URL cannot be fetched.</exception>
    public static (byte[] Html, Uri Address) Load(string source)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out Uri? url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return (Fetch(url), url);
        }

        if (!File.Exists(source))
        {
            throw new UsageException($"'{source}' is neither an HTML file nor an http(s) URL");
        }

        try
        {
            return (File.ReadAllBytes(source), new Uri(Path.GetFullPath(source)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"'{source}' could not be read: {e.Message}");
        }
    }

    private static byte[] Fetch(Uri url)
    {
        using var client = new HttpClient { Timeout = Timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("articlegen/" + Program.Version);
        try
        {
            using HttpResponseMessage response = client.GetAsync(url, CancellationToken.None).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                throw new UsageException($"'{url}' answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            return response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is HttpRequestException or System.Threading.Tasks.TaskCanceledException)
        {
            throw new UsageException($"'{url}' could not be fetched: {e.Message}");
        }
    }
}
