declare const brand: unique symbol;

/** A primitive that cannot be mixed with another of the same shape. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type UserId = Brand<string, "UserId">;
export type CompanyId = Brand<string, "CompanyId">;
export type ApplicationId = Brand<string, "ApplicationId">;
export type ContactId = Brand<string, "ContactId">;
export type OutreachId = Brand<string, "OutreachId">;
export type InterviewId = Brand<string, "InterviewId">;
export type TaskId = Brand<string, "TaskId">;
