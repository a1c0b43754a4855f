using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Ingest.Hosting;

/// <summary>
/// The Generic Host every verb runs in: appsettings.json beside the binary, then appsettings.{Environment}.json,
/// then environment variables (Store__Sqlite__Path=…). Logs go to stderr so a verb's stdout stays machine-readable.
/// </summary>
public static class IngestHost
{
    public static HostApplicationBuilder CreateBuilder()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddIngestPipeline(builder.Configuration);
        return builder;
    }
}
