using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ArticleGen.Tool.Cli;

/// <summary>
/// The parsed command line of one command: its positional arguments, and its options by long name.
/// Options are <c>--name value</c>, <c>--name=value</c> or a flag; short forms map to long names. <c>--</c> ends the options.
/// A value option may be given more than once (<c>--exclude a --exclude b</c>): <see cref="Values"/> has them all,
/// <see cref="Value"/> the last. A lone <c>-</c> is a positional argument (standard input).
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, List<string?>> _options = new(StringComparer.Ordinal);

    private Arguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    /// <param name="valueOptions">Options that take a value, e.g. <c>format</c>.</param>
    /// <param name="flags">Options without a value, e.g. <c>dry-run</c>.</param>
    /// <param name="shortNames">Short forms, e.g. <c>o</c> for <c>output</c>.</param>
    public static Arguments Parse(
        IReadOnlyList<string> args,
        IReadOnlyCollection<string> valueOptions,
        IReadOnlyCollection<string> flags,
        IReadOnlyDictionary<string, string>? shortNames = null)
    {
        var positional = new List<string>();
        var result = new Arguments(positional);
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                for (i++; i < args.Count; i++)
                {
                    positional.Add(args[i]);
                }

                break;
            }

            if (arg.Length < 2 || arg[0] != '-')
            {
                positional.Add(arg);
                continue;
            }

            string name;
            string? inlineValue = null;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg.Substring(2);
                int equals = name.IndexOf('=');
                if (equals >= 0)
                {
                    inlineValue = name.Substring(equals + 1);
                    name = name.Substring(0, equals);
                }
            }
            else if (shortNames is not null && shortNames.TryGetValue(arg.Substring(1), out string? longName))
            {
                name = longName;
            }
            else
            {
                throw new UsageException($"unknown option '{arg}'");
            }

            if (flags.Contains(name))
            {
                if (inlineValue is not null)
                {
                    throw new UsageException($"option '--{name}' takes no value");
                }

                result.Add(name, null);
            }
            else if (valueOptions.Contains(name))
            {
                if (inlineValue is null && (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
                {
                    throw new UsageException($"option '--{name}' needs a value");
                }

                result.Add(name, inlineValue ?? args[++i]);
            }
            else
            {
                throw new UsageException($"unknown option '{arg}'");
            }
        }

        return result;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>The option's value; the last one where it was given more than once.</summary>
    public string? Value(string name) => _options.TryGetValue(name, out List<string?>? values) ? values[values.Count - 1] : null;

    /// <summary>Every value the option was given, in order.</summary>
    public IReadOnlyList<string> Values(string name) =>
        _options.TryGetValue(name, out List<string?>? values) ? values.OfType<string>().ToList() : [];

    /// <summary>Comma-separated lists, from every time the option was given: <c>--only ART001,ART005 --only ART011</c>.</summary>
    public IReadOnlyList<string> List(string name) =>
        Values(name).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    private void Add(string name, string? value)
    {
        if (!_options.TryGetValue(name, out List<string?>? values))
        {
            _options[name] = values = new List<string?>();
        }

        values.Add(value);
    }

    /// <summary>The value of an option that must be one of <paramref name="allowed"/>, or <paramref name="fallback"/>.</summary>
    public string Choice(string name, string fallback, params string[] allowed)
    {
        string? value = Value(name);
        if (value is null)
        {
            return fallback;
        }

        foreach (string candidate in allowed)
        {
            if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw new UsageException($"'--{name} {value}' is not one of: {string.Join(", ", allowed)}");
    }

    public long? PositiveNumber(string name)
    {
        string? value = Value(name);
        if (value is null)
        {
            return null;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long number) && number > 0
            ? number
            : throw new UsageException($"'--{name} {value}' is not a positive whole number");
    }
}
