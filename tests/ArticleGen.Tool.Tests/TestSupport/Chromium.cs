using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ArticleGen.Tool.Tests.TestSupport;

/// <summary>The Debian <c>chromium</c> package's browser, which Playwright drives; nothing is downloaded.</summary>
public static class Chromium
{
    public const string InstallHint = "Chromium is not installed, so the report is not tested in a browser: install it with 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH to a Chromium binary). .ci/run installs it.";

    /// <summary>Playwright's own flags plus these: no network of its own, no first-run or sync, no GPU, no sandbox (root in CI).</summary>
    public static readonly string[] LaunchArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string? ExecutablePath { get; } = Find();

    private static string? Find()
    {
        // CHROMIUM_PATH, where set, is the only place looked at.
        string? configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        string[] candidates = string.IsNullOrEmpty(configured) ? ["/usr/bin/chromium", "/usr/bin/chromium-browser"] : [configured];
        return candidates.FirstOrDefault(File.Exists);
    }
}

/// <summary>
/// A fact that runs only where Chromium is installed, and otherwise says how to install it. Under <c>CI=true</c> it
/// always runs (and fails without Chromium): .ci/run installs it, so CI never skips the browser test.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.ExecutablePath is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = Chromium.InstallHint;
        }
    }
}
