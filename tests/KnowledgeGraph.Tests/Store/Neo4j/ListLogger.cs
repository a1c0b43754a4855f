using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>Keeps formatted log messages, so a test can read what would have been logged.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return _messages.ToList();
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_messages)
        {
            _messages.Add(formatter(state, exception) + (exception is null ? "" : " " + exception));
        }
    }
}
