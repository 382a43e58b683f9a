/** A page of a twilio-node list (RecordingPage, CallPage, MessagePage, ...). */
export interface TwilioPage<T> {
  instances: T[];
  nextPage(): Promise<TwilioPage<T>> | undefined;
}

/** A twilio-node list a page at a time (each request one step), following Twilio's next_page_uri to the end. */
export async function* pagesOf<T>(
  step: <R>(name: string, work: () => Promise<R>) => Promise<R>,
  name: string,
  firstPage: () => Promise<TwilioPage<T>>,
): AsyncGenerator<T[]> {
  let page = await step(name, firstPage);
  for (;;) {
    yield page.instances;
    const next = page.nextPage();
    if (!next) return;
    page = await step(name, () => next);
  }
}
