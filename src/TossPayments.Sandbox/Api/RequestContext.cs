using System;
using Microsoft.AspNetCore.Http;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Sandbox.Api
{
    /// <summary>What the sandbox reads off every request's headers.</summary>
    internal static class RequestContext
    {
        public const string IdempotencyKeyHeader = "Idempotency-Key";
        public const string TestCodeHeader = "TossPayments-Test-Code";

        private const string ApiKeyItem = "TossPayments.ApiKey";

        /// <summary>Whether the caller asked for English messages and enum values.</summary>
        public static bool WantsEnglish(this HttpContext context) =>
            context.Request.Headers.AcceptLanguage.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase);

        /// <summary>The authenticated secret key, set by <see cref="BasicAuthMiddleware"/>.</summary>
        public static string ApiKey(this HttpContext context) => (string)context.Items[ApiKeyItem]!;

        public static void SetApiKey(this HttpContext context, string key) => context.Items[ApiKeyItem] = key;

        public static string? IdempotencyKey(this HttpContext context) =>
            context.Request.Headers.TryGetValue(IdempotencyKeyHeader, out var value) ? value.ToString() : null;

        public static SandboxResponse Answer(this HttpContext context, ApiError error) => SandboxResponse.Error(error, context.WantsEnglish());
    }
}
