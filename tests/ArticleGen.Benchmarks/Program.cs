using System.Linq;
using BenchmarkDotNet.Running;

namespace ArticleGen.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "steps")
        {
            StepTimings.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000);
            return;
        }

        if (args.Length > 0 && args[0] == "compile")
        {
            CompilePhases.Run(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000,
                args.Skip(2).Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => p[1]));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
