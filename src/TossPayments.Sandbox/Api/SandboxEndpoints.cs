using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TossPayments.Sandbox.Domain;
using TossPayments.Sandbox.Json;

namespace TossPayments.Sandbox.Api
{
    /// <summary>
    /// Read-only views for tests and benchmarks that run the sandbox in another process: the
    /// ledger of committed changes and the request count. Outside <c>/v1</c>, so no key is needed
    /// and no fault is injected.
    /// </summary>
    internal static class SandboxEndpoints
    {
        public static void MapSandboxEndpoints(this IEndpointRouteBuilder app)
        {
            app.MapGet("/sandbox/ledger", (PaymentStore store) =>
                new SandboxResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(store.Ledger.Entries, SandboxJsonContext.Wire.IReadOnlyListLedgerEntry)));

            app.MapGet("/sandbox/requests", (RequestJournal journal) =>
                new SandboxResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(new RequestCount(journal.Count), SandboxJsonContext.Wire.RequestCount)));
        }
    }

    /// <summary>How many requests the sandbox has received.</summary>
    /// <param name="Count">The number.</param>
    public sealed record RequestCount(long Count);
}
