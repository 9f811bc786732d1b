using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using TossPayments.Sandbox.Json;

namespace TossPayments.Sandbox.Api
{
    /// <summary>
    /// A finished answer: status and JSON bytes. Kept as bytes so that an idempotent repeat can be
    /// answered with exactly the first answer.
    /// </summary>
    /// <param name="Status">The HTTP status.</param>
    /// <param name="Body">The UTF-8 JSON body.</param>
    public sealed record SandboxResponse(int Status, byte[] Body) : IResult
    {
        /// <summary>200 with a payment.</summary>
        public static SandboxResponse Ok(PaymentResource payment) =>
            new(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(payment, SandboxJsonContext.Wire.PaymentResource));

        /// <summary>An error answer, its message in the request's language unless the error names one.</summary>
        public static SandboxResponse Error(ApiError error, bool english) =>
            new(error.Status, JsonSerializer.SerializeToUtf8Bytes(
                new ErrorResource(error.Code, error.Message ?? ErrorCatalog.MessageFor(error.Code, english)), SandboxJsonContext.Wire.ErrorResource));

        /// <inheritdoc />
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = Status;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            return httpContext.Response.Body.WriteAsync(Body).AsTask();
        }
    }
}
