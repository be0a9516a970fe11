import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/http'
import { ProblemText } from './problem-text'

const refusal = (...errors: { field: string; message: string }[]) =>
  new ApiError({ status: 400, title: 'Bad Request', detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors })

describe('ProblemText', () => {
  it('shows each field error as a sentence in words, without the server’s field names', () => {
    render(
      <ProblemText
        error={refusal(
          { field: 'moveIssues', message: "the issues of 'Doing' cannot move to 'Gone': it is being removed too" },
          { field: 'statuses', message: "status 'Done' is listed twice" },
          { field: 'min', message: 'must not be above the maximum (2)' },
        )}
        names={{ min: 'the minimum' }}
      />,
    )

    const items = screen.getAllByRole('listitem').map((item) => item.textContent)
    expect(items).toEqual([
      "The issues of 'Doing' cannot move to 'Gone': it is being removed too.",
      "Status 'Done' is listed twice.",
      'The minimum must not be above the maximum (2).',
    ])
    expect(screen.getByRole('alert')).not.toHaveTextContent(/moveIssues|statuses|min:/)
  })

  it('shows the detail when no field is named', () => {
    render(<ProblemText error={new ApiError({ status: 409, title: 'Conflict', detail: 'Someone changed the workflow meanwhile' })} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Someone changed the workflow meanwhile')
  })
})
