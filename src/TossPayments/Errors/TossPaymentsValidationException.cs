namespace TossPayments
{
    /// <summary>A request was refused before it was sent, because a value breaks the API's rules.</summary>
    public sealed class TossPaymentsValidationException : TossPaymentsException
    {
        /// <summary>Creates a validation error.</summary>
        /// <param name="errorId">A stable id for the rule broken, e.g. <c>InvalidOrderId</c>.</param>
        /// <param name="parameterName">The value's name, e.g. <c>orderId</c>.</param>
        /// <param name="message">What is wrong and what is allowed.</param>
        public TossPaymentsValidationException(string errorId, string parameterName, string message)
            : base(message)
        {
            ErrorId = errorId;
            ParameterName = parameterName;
        }

        /// <summary>A stable id for the rule broken, e.g. <c>InvalidOrderId</c>.</summary>
        public string ErrorId { get; }

        /// <summary>The name of the value that broke it.</summary>
        public string ParameterName { get; }
    }
}
