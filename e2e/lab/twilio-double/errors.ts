/** A Twilio REST error: the body is {code, message, more_info, status} as the real API answers. */
export class TwilioError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }

  body() {
    return {
      code: this.code,
      message: this.message,
      more_info: `https://www.twilio.com/docs/errors/${this.code}`,
      status: this.status,
    };
  }
}

export const authenticate = () => new TwilioError(401, 20003, 'Authenticate');

export const notFound = (path: string) => new TwilioError(404, 20404, `The requested resource ${path} was not found`);

/** A field the double refuses (Prism catches schema problems first, with a 422). UNVERIFIED code: 20001 "Invalid parameter". */
export const badParameter = (message: string) => new TwilioError(400, 20001, message);
