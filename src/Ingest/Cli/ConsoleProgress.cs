using System.Diagnostics;
using KnowledgeGraph.Ingest.Load;

namespace KnowledgeGraph.Ingest.Cli;

/// <summary>A one-line progress display on stderr for long runs, redrawn at most a few times a second.</summary>
internal sealed class ConsoleProgress : IProgress<IngestProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private TimeSpan? _lastDraw;
    private IngestProgress _last;

    public void Report(IngestProgress value)
    {
        _last = value;
        var now = _clock.Elapsed;
        var interval = _interactive ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(5);
        if (_lastDraw is null || now - _lastDraw >= interval)
        {
            _lastDraw = now;
            Draw();
        }
    }

    public void Finish()
    {
        if (_last.InputsSeen > 0)
        {
            Draw();
            if (_interactive)
            {
                Console.Error.WriteLine();
            }
        }
    }

    private void Draw()
    {
        var rate = _last.InputsSeen / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var line = $"{_last.InputsSeen} inputs, {_last.DocumentsStored} stored, {_last.Failed} failed ({rate:F1}/s)";
        Console.Error.Write(_interactive ? "\r" + line.PadRight(Console.WindowWidth > 0 ? Math.Min(Console.WindowWidth - 1, 100) : 80) : line + Environment.NewLine);
    }
}
