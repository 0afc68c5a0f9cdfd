/** Messages under a field (the server's, in the user's language). */
export function FieldMessages({ messages, role }: { messages: readonly string[]; role?: 'alert' }) {
  if (messages.length === 0) return null;
  return (
    <ul className="dir-field-messages" role={role}>
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
