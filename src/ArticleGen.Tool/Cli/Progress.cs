using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace ArticleGen.Tool.Cli;

/// <summary>
/// A progress bar on standard error, shown only when standard error is a terminal and the work takes a while;
/// redirected output never sees it. Safe to advance from several threads.
/// </summary>
internal sealed class Progress
{
    private const int Width = 30;
    private static readonly long RedrawTicks = Stopwatch.Frequency / 10;
    private readonly TextWriter? _terminal;
    private readonly int _total;
    private readonly string _unit;
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private readonly object _drawing = new();
    private int _done;
    private long _drawnAt;
    private bool _shown;

    private Progress(TextWriter? terminal, int total, string unit)
    {
        _terminal = terminal;
        _total = total;
        _unit = unit;
    }

    public static Progress None { get; } = new(null, 0, string.Empty);

    public static Progress OnTerminal(int total, string unit, bool enabled) =>
        enabled && !Console.IsErrorRedirected ? new Progress(Console.Error, total, unit) : None;

    public void Advance()
    {
        int done = Interlocked.Increment(ref _done);
        if (_terminal is null)
        {
            return;
        }

        long now = Stopwatch.GetTimestamp();
        long last = Interlocked.Read(ref _drawnAt);
        // Quick runs stay quiet: the bar appears after half a second, then redraws ten times a second.
        if (now - _startedAt < Stopwatch.Frequency / 2 || now - last < RedrawTicks || Interlocked.CompareExchange(ref _drawnAt, now, last) != last)
        {
            return;
        }

        lock (_drawing)
        {
            int filled = _total == 0 ? Width : (int)((long)done * Width / _total);
            _terminal.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {done}/{_total} {_unit}");
            _shown = true;
        }
    }

    /// <summary>Clears the bar, so that what follows starts on a clean line.</summary>
    public void Done()
    {
        lock (_drawing)
        {
            if (_terminal is not null && _shown)
            {
                _terminal.Write("\r" + new string(' ', Width + 24 + _unit.Length) + "\r");
                _shown = false;
            }
        }
    }
}
