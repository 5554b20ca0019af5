using System;

namespace ArticleGen.Tool.Cli;

/// <summary>A mistake in how the tool was called (a bad option, a missing path): exit code 2, and a one-line message.</summary>
internal sealed class UsageException(string message) : Exception(message);
