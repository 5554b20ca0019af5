using System;
using System.IO;
using System.Security;

namespace ArticleGen.Tool.Cli;

/// <summary>What went wrong with a file or folder, in the tool's own words rather than the runtime's exception text.</summary>
internal static class Failures
{
    public static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException or SecurityException => "permission denied",
        DirectoryNotFoundException => "its folder does not exist",
        FileNotFoundException => "it does not exist",
        PathTooLongException => "the path is too long",
        IOException when IsDiskFull(e) => "the disk is full",
        IOException => "an input/output error",
        _ => "an unexpected " + e.GetType().Name,
    };

    /// <summary>ENOSPC on Unix, ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.</summary>
    private static bool IsDiskFull(Exception e) => (e.HResult & 0xFFFF) is 28 or 112 or 39;
}
