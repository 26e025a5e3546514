import { describe, expect, it } from 'vitest'

import { defaultEditLockSeconds, editLockConfig, editLockSeconds } from '../../cms/editing/editLock'

describe('the edit lock duration', () => {
  it('should be 60 seconds unless configured, not Payload’s five minutes', () => {
    expect(editLockSeconds({})).toBe(60)
    expect(defaultEditLockSeconds).toBeLessThan(300)
    expect(editLockConfig({})).toEqual({ duration: 60 })
  })

  it('should take CONCORD_EDIT_LOCK_SECONDS when it is a whole number within bounds', () => {
    expect(editLockSeconds({ CONCORD_EDIT_LOCK_SECONDS: '120' })).toBe(120)
    expect(editLockSeconds({ CONCORD_EDIT_LOCK_SECONDS: ' 15 ' })).toBe(15)
  })

  it.each(['0', '5', '-30', '1.5', 'ten', '86400'])('should refuse "%s" with a message naming the variable', (value) => {
    expect(() => editLockSeconds({ CONCORD_EDIT_LOCK_SECONDS: value })).toThrow(/CONCORD_EDIT_LOCK_SECONDS must be a whole number of seconds from 15 to 3600/)
  })
})
