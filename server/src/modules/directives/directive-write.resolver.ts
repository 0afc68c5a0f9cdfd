import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { findDirective, findLine, findTask, writerFor } from './directive-context';
import type { NewTask } from './directive-input';
import {
  AddAssigneesInput,
  AddTaskInput,
  CreateDirectiveInput,
  RemoveAssigneeInput,
  RemoveTaskInput,
  UpdateDirectiveInput,
  UpdateTaskInput,
  type TaskInput,
} from './directive.inputs';
import { Directive, Task, toTask } from './directive.types';
import type { DirectiveRow } from './directive.rows';

function newTask(input: TaskInput): NewTask {
  return {
    title: input.title,
    text: input.text ?? '',
    kind: input.kind,
    deadline: input.deadline ?? null,
    linkedToTarget: input.linkedToTarget ?? false,
    assignees: input.assignees,
  };
}

/** Undefined when absent, so absent fields stay; "" clears the optional text fields. */
const keep = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** Admins in scope of the issuer manage directives, their tasks and assignees. Everything is audited. */
@Resolver()
export class DirectiveWriteResolver {
  @Mutation(() => Directive, {
    description:
      "Registers a directive with its tasks and assignees, all or nothing. BAD_USER_INPUT (with extensions.fields) for a deadline before the issue date, an unknown assignee or one outside the issuer's scope; CONFLICT for a number the issuer, a unit above it or a unit below it already used (see `number`).",
  })
  async createDirective(
    @Arg('input', () => CreateDirectiveInput) input: CreateDirectiveInput,
    @Ctx() ctx: Context,
  ): Promise<DirectiveRow> {
    const row = await ctx.services.directives.writes.create(
      {
        number: input.number,
        kind: input.kind,
        issuer: input.issuer,
        signerTitle: input.signerTitle,
        signerName: input.signerName ?? null,
        issuedDate: input.issuedDate,
        title: input.title,
        summary: input.summary ?? '',
        fullText: input.fullText ?? '',
        campaign: input.campaign ?? null,
        status: input.status ?? 'IN_FORCE',
        attachments: (input.attachments ?? []).map((a) => ({ title: a.title, url: a.url })),
        tasks: (input.tasks ?? []).map(newTask),
      },
      await writerFor(ctx),
    );
    ctx.loaders.directives.clearAll();
    return row;
  }

  @Mutation(() => Directive, {
    description:
      "Changes a directive's header (number, dates, text, status, attachments…). Absent fields stay as they are.",
  })
  async updateDirective(
    @Arg('input', () => UpdateDirectiveInput) input: UpdateDirectiveInput,
    @Ctx() ctx: Context,
  ): Promise<DirectiveRow> {
    const directive = await findDirective(ctx, input.directive, input.issuer);
    const row = await ctx.services.directives.writes.update(
      directive,
      {
        number: keep(input.number),
        kind: keep(input.kind),
        signerTitle: keep(input.signerTitle),
        signerName: keep(input.signerName),
        issuedDate: keep(input.issuedDate),
        title: keep(input.title),
        summary: keep(input.summary),
        fullText: keep(input.fullText),
        campaign: keep(input.campaign),
        status: keep(input.status),
        attachments: input.attachments?.map((a) => ({ title: a.title, url: a.url })),
      },
      await writerFor(ctx),
    );
    ctx.loaders.directives.clearAll();
    return row;
  }

  @Mutation(() => Task, { description: 'Adds a task (with its assignees) to a directive; it takes the next number.' })
  async addTask(@Arg('input', () => AddTaskInput) input: AddTaskInput, @Ctx() ctx: Context): Promise<Task> {
    const directive = await findDirective(ctx, input.directive, input.issuer);
    const task = await ctx.services.directives.tasks.addTask(directive, newTask(input), await writerFor(ctx));
    ctx.loaders.directives.clearAll();
    return toTask(task, directive, await ctx.services.clock.today());
  }

  @Mutation(() => Task, {
    description:
      'Changes a task (title, text, kind, deadline, link to the target). Absent fields stay as they are; an explicit null deadline clears it.',
  })
  async updateTask(@Arg('input', () => UpdateTaskInput) input: UpdateTaskInput, @Ctx() ctx: Context): Promise<Task> {
    const { directive, task } = await findTask(ctx, input);
    const row = await ctx.services.directives.tasks.updateTask(
      directive,
      task,
      {
        title: keep(input.title),
        text: keep(input.text),
        kind: keep(input.kind),
        linkedToTarget: keep(input.linkedToTarget),
        deadline: 'deadline' in input ? (input.deadline ?? null) : undefined,
      },
      await writerFor(ctx),
    );
    ctx.loaders.directives.clearAll();
    return toTask(row, directive, await ctx.services.clock.today());
  }

  @Mutation(() => Directive, {
    description: 'Removes a task: it leaves every list and state, and stays on record (audited, never deleted).',
  })
  async removeTask(
    @Arg('input', () => RemoveTaskInput) input: RemoveTaskInput,
    @Ctx() ctx: Context,
  ): Promise<DirectiveRow> {
    const { directive, task } = await findTask(ctx, input);
    await ctx.services.directives.tasks.removeTask(directive, task, input.reason ?? null, await writerFor(ctx));
    ctx.loaders.directives.clearAll();
    return directive;
  }

  @Mutation(() => Task, {
    description: 'Gives a task to more assignees (one line each). CONFLICT when one already has a line.',
  })
  async addAssignees(
    @Arg('input', () => AddAssigneesInput) input: AddAssigneesInput,
    @Ctx() ctx: Context,
  ): Promise<Task> {
    const { directive, task } = await findTask(ctx, input);
    await ctx.services.directives.tasks.addAssignees(directive, task, input.assignees, await writerFor(ctx));
    ctx.loaders.directives.clearAll();
    return toTask(task, directive, await ctx.services.clock.today());
  }

  @Mutation(() => Task, {
    description: 'Takes a task away from one assignee; the line and its updates stay on record.',
  })
  async removeAssignee(
    @Arg('input', () => RemoveAssigneeInput) input: RemoveAssigneeInput,
    @Ctx() ctx: Context,
  ): Promise<Task> {
    const ref = await findLine(ctx, input);
    await ctx.services.directives.tasks.removeAssignee(
      ref.directive,
      ref.task,
      ref.line,
      ref.assignee,
      input.reason ?? null,
      await writerFor(ctx),
    );
    ctx.loaders.directives.clearAll();
    return toTask(ref.task, ref.directive, await ctx.services.clock.today());
  }
}
